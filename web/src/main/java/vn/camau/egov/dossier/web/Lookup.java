package vn.camau.egov.dossier.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.dossier.application.DossierService;
import vn.camau.egov.dossier.application.TrackingView;

/**
 * Public tracking (lookup.xhtml?code=...&id=...): a GET form, stateless; shows status and history
 * when the code and the applicant's CCCD number match, and the same "not found" otherwise.
 */
@Named
@RequestScoped
public class Lookup {

    @Inject
    private DossierService dossiers;

    @Inject
    private FacesContext faces;

    private TrackingView result;
    private boolean searched;

    public String getCode() {
        return faces.getExternalContext().getRequestParameterMap().get("code");
    }

    public String getCitizenId() {
        return faces.getExternalContext().getRequestParameterMap().get("id");
    }

    public boolean isAsked() {
        return getCode() != null && getCitizenId() != null && !getCitizenId().isBlank();
    }

    public TrackingView getResult() {
        if (!searched) {
            searched = true;
            result = isAsked() ? dossiers.track(getCode(), getCitizenId()).orElse(null) : null;
        }
        return result;
    }
}
