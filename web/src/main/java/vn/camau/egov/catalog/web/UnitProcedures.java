package vn.camau.egov.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.catalog.application.CatalogService;
import vn.camau.egov.catalog.application.ProcedureSummary;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.application.UnitView;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;

import java.util.List;
import java.util.Map;

/**
 * The procedures a unit administrator maintains (workspace/procedures.xhtml?unit=...&page=N):
 * their own unit's, or any unit's for a provincial administrator, withdrawn ones included.
 */
@Named
@RequestScoped
public class UnitProcedures {

    @Inject
    private CatalogService catalog;

    @Inject
    private OrganizationService organization;

    @Inject
    private FacesContext faces;

    private String unit;
    private int pageNumber;
    private Page<ProcedureSummary> page;

    private void read() {
        if (unit != null) {
            return;
        }
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        String mine = organization.currentOfficial().map(o -> o.unit().code()).orElse("");
        unit = faces.getExternalContext().isUserInRole("province-admin") ? params.getOrDefault("unit", mine) : mine;
        try {
            pageNumber = Math.max(0, Integer.parseInt(params.getOrDefault("page", "0")));
        } catch (NumberFormatException e) {
            pageNumber = 0;
        }
    }

    public Page<ProcedureSummary> getPage() {
        if (page == null) {
            read();
            page = catalog.unitProcedures(unit, new PageRequest(pageNumber, 50));
        }
        return page;
    }

    public List<UnitView> getUnits() {
        return faces.getExternalContext().isUserInRole("province-admin") ? organization.units() : List.of();
    }

    public String getUnit() {
        read();
        return unit;
    }

    public int getPageNumber() {
        read();
        return pageNumber;
    }
}
