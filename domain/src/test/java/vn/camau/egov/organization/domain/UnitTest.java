package vn.camau.egov.organization.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UnitTest {

    private final AgencyId agency = new AgencyId("000.00.13.H12");

    @Test
    void isEqualByItsCodeAndNamedInTheVisitorsLanguage() {
        Unit a = new Unit("STTTT", " Sở Thông tin và Truyền thông ", "Department of Information and Communications",
                UnitKind.DEPARTMENT, agency, "96", null);
        Unit b = new Unit("STTTT", "Another name", null, UnitKind.DEPARTMENT, agency, null, null);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.getName()).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(a.nameIn("en")).isEqualTo("Department of Information and Communications");
        assertThat(b.nameIn("en")).isEqualTo("Another name");
        assertThat(a.nameIn("vi")).isEqualTo("Sở Thông tin và Truyền thông");
    }

    @Test
    void refusesBadCodesAndNames() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Unit("sở", "Tên", null, UnitKind.DEPARTMENT, agency, null, null));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Unit("STP", " ", null, UnitKind.DEPARTMENT, agency, null, null));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Unit("STP", "Sở Tư pháp", null, UnitKind.DEPARTMENT, agency, "9a", null));
    }
}
