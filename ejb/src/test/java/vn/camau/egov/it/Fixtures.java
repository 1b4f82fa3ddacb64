package vn.camau.egov.it;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.organization.application.OfficialForm;
import vn.camau.egov.organization.application.OfficialView;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.application.UnitForm;
import vn.camau.egov.organization.application.UnitView;
import vn.camau.egov.organization.domain.UnitKind;

import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test data made through the services, as an administrator would. Every call makes new, unique
 * records, so tests sharing one database do not meet each other's data.
 */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "mật khẩu thử nghiệm dài";

    @EJB
    private AsProvinceAdmin provinceAdmin;

    @Inject
    private OrganizationService organization;

    /** A new department with a unique code and agency identifier (000.NN.NN.H12), numbered after the units there are. */
    public UnitView newUnit() throws Exception {
        int n = organization.units().size() + 1;
        String agencyId = String.format("000.%02d.%02d.H12", 50 + n / 100, n % 100);
        return provinceAdmin.call(() -> organization.createUnit(new UnitForm("IT_" + n, "Sở thử nghiệm " + n,
                "Test department " + n, UnitKind.DEPARTMENT, agencyId, "96", null)));
    }

    public OfficialView newOfficial(String unitCode, String username, Role... roles) throws Exception {
        return provinceAdmin.call(() -> organization.createOfficial(new OfficialForm(unitCode, username, PASSWORD,
                "Cán bộ Thử Nghiệm", "Chuyên viên", username + "@camau.gov.vn", null,
                EnumSet.of(roles[0], roles))));
    }

    public String uniqueUsername(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A random CCCD number (12 digits); two tests drawing the same one is a one-in-10^11 event. */
    public String uniqueCitizenId() {
        return String.format("096%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }
}
