package vn.camau.egov.organization.application;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.it.AsProvinceAdmin;
import vn.camau.egov.it.AsUnitAdmin;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.Fixtures;
import vn.camau.egov.organization.domain.UnitKind;
import vn.camau.egov.shared.application.AuditFilter;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.domain.AccessDeniedException;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.PageRequest;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Who may do what with units and officials: roles in the service, and the per-unit check. */
@ExtendWith(ArquillianExtension.class)
class OrganizationServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private OrganizationService organization;

    @Inject
    private AuditTrail audit;

    @Inject
    private Fixtures fixtures;

    @EJB
    private AsProvinceAdmin provinceAdmin;

    @EJB
    private AsUnitAdmin unitAdmin;

    private final UnitForm aUnit = new UnitForm("IT_REFUSED", "Đơn vị không được tạo", null, UnitKind.DEPARTMENT,
            "000.98.98.H12", null, null);

    @Test
    void aCallerWithoutTheRoleIsRefusedByTheService() {
        assertThatThrownBy(() -> organization.createUnit(aUnit)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> organization.officials("STP", PageRequest.first(10)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> audit.search(AuditFilter.ALL, PageRequest.first(10)))
                .isInstanceOf(EJBAccessException.class);
        assertThat(organization.unit("IT_REFUSED")).isEmpty();
    }

    @Test
    void aUnitAdministratorCannotCreateUnits() {
        assertThatThrownBy(() -> unitAdmin.call(() -> organization.createUnit(aUnit)))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aProvincialAdministratorCreatesUnitsAndTheChangeIsAudited() throws Exception {
        UnitView unit = fixtures.newUnit();
        assertThat(organization.unit(unit.code())).contains(unit);
        var entries = provinceAdmin.call(() -> audit.search(
                new AuditFilter("it.province.admin", "UNIT_CREATED", null, null), PageRequest.first(100)));
        assertThat(entries.items()).anySatisfy(e -> assertThat(e.targetId()).isEqualTo(unit.code()));
    }

    @Test
    void aUnitAdministratorManagesOnlyTheirOwnUnit() throws Exception {
        UnitView own = fixtures.newUnit();
        UnitView other = fixtures.newUnit();
        fixtures.newOfficial(own.code(), AsUnitAdmin.USERNAME, Role.UNIT_ADMIN);
        String specialist = fixtures.uniqueUsername("cv");
        OfficialView created = unitAdmin.call(() -> organization.createOfficial(new OfficialForm(own.code(), specialist,
                Fixtures.PASSWORD, "Nguyễn Thị Thử", null, null, null, EnumSet.of(Role.SPECIALIST))));
        assertThat(created.unit().code()).isEqualTo(own.code());
        assertThat(unitAdmin.call(() -> organization.officials(own.code(), PageRequest.first(20))).items())
                .extracting(OfficialView::username).contains(specialist, AsUnitAdmin.USERNAME);

        assertThatThrownBy(() -> unitAdmin.call(() -> organization.officials(other.code(), PageRequest.first(20))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> unitAdmin.call(() -> organization.createOfficial(new OfficialForm(other.code(),
                fixtures.uniqueUsername("cv"), Fixtures.PASSWORD, "Trần Văn Lạ", null, null, null,
                EnumSet.of(Role.SPECIALIST))))).isInstanceOf(AccessDeniedException.class);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> unitAdmin.call(() -> organization.createOfficial(new OfficialForm(own.code(),
                        fixtures.uniqueUsername("qt"), Fixtures.PASSWORD, "Lê Văn Quyền", null, null, null,
                        EnumSet.of(Role.PROVINCE_ADMIN)))));
        assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::messageKey)
                .containsExactly("official.roles.provinceOnly");
    }

    @Test
    void badUnitInputIsRefusedFieldByFieldAndNothingIsWritten() {
        int before = organization.units().size();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> provinceAdmin.call(
                () -> organization.createUnit(new UnitForm("bad code", " ", null, null, "H12", "9x", null))));
        assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field)
                .containsExactly("code", "name", "kind", "agencyId", "statisticalCode");
        assertThat(organization.units()).hasSize(before);
    }
}
