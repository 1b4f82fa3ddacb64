package vn.camau.egov.organization.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.application.UnitView;

import java.util.List;

/** The list of units (units.xhtml, workspace/organization/units.xhtml). */
@Named
@RequestScoped
public class UnitDirectory {

    @Inject
    private OrganizationService organization;

    private List<UnitView> units;

    public List<UnitView> getUnits() {
        if (units == null) {
            units = organization.units();
        }
        return units;
    }
}
