package vn.camau.egov.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.catalog.application.CatalogService;
import vn.camau.egov.catalog.application.ProcedureDetail;

/** One procedure's public page (procedure.xhtml?code=...). */
@Named
@RequestScoped
public class ProcedurePage {

    @Inject
    private CatalogService catalog;

    @Inject
    private FacesContext faces;

    private ProcedureDetail procedure;
    private boolean loaded;

    public ProcedureDetail getProcedure() {
        if (!loaded) {
            loaded = true;
            String code = faces.getExternalContext().getRequestParameterMap().get("code");
            procedure = code == null || code.length() > 32 ? null : catalog.procedure(code).orElse(null);
        }
        return procedure;
    }
}
