package vn.camau.egov.organization.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.camau.egov.identity.domain.AccountRepository;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.domain.AgencyId;
import vn.camau.egov.organization.domain.UnitKind;
import vn.camau.egov.organization.domain.UnitRepository;
import vn.camau.egov.shared.application.Settings;

import java.util.EnumSet;
import java.util.Optional;

/**
 * A new installation's first sign-in: when no provincial administrator exists, creates one (and the
 * Provincial People's Committee unit they belong to, if missing), so provincial IT can sign in and
 * set up the rest through the workspace. Does nothing once there is a provincial administrator.
 */
@Stateless
public class FirstAdministrator {

    @Inject
    private AccountRepository accounts;

    @Inject
    private UnitRepository units;

    @Inject
    private OrganizationService organization;

    @Inject
    private Settings settings;

    @RolesAllowed(Roles.PROVINCE_ADMIN)
    public boolean isNeeded() {
        return accounts.countWithRole(Role.PROVINCE_ADMIN) == 0;
    }

    @RolesAllowed(Roles.PROVINCE_ADMIN)
    public Optional<OfficialView> createIfNone(String username, String password) {
        if (!isNeeded()) {
            return Optional.empty();
        }
        AgencyId provinceId = new AgencyId("000.00.00." + settings.levelOneCode());
        String unitCode = units.findByAgencyId(provinceId)
                .map(u -> u.getCode())
                .orElseGet(() -> organization.createUnit(new UnitForm("UBND_TINH", settings.provinceName(), null,
                        UnitKind.PROVINCIAL_COMMITTEE, provinceId.value(), null, null)).code());
        return Optional.of(organization.createOfficial(new OfficialForm(unitCode, username, password,
                "Quản trị hệ thống", "Quản trị hệ thống cấp tỉnh", null, null, EnumSet.of(Role.PROVINCE_ADMIN))));
    }
}
