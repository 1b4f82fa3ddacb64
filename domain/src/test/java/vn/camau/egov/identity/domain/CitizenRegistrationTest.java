package vn.camau.egov.identity.domain;

import org.junit.jupiter.api.Test;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CitizenRegistrationTest {

    private static final String PASSWORD = "mưa rơi trên sông Gành Hào";

    @Test
    void cleansWhatItAccepts() {
        // "Nguyễn" typed with combining marks (NFD) is stored precomposed (NFC)
        String decomposed = "Nguye\u0302\u0303n Va\u0306n An";
        CitizenRegistration r = new CitizenRegistration("  " + decomposed + " ", "096088000123", " An.Nguyen@Example.VN ",
                "0912 345 678", PASSWORD, PASSWORD).validated();
        assertThat(r.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(r.email()).isEqualTo("an.nguyen@example.vn");
        assertThat(r.phone()).isEqualTo("0912345678");
        assertThat(r.citizenId()).isEqualTo("096088000123");
    }

    @Test
    void reportsEveryProblemUnderItsField() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new CitizenRegistration("<script>", "09608800012", "not-an-email", "12345", "short", "other")
                        .validated());
        assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("fullName", "registration.fullName.invalid"),
                org.assertj.core.groups.Tuple.tuple("citizenId", "registration.citizenId.invalid"),
                org.assertj.core.groups.Tuple.tuple("email", "registration.email.invalid"),
                org.assertj.core.groups.Tuple.tuple("phone", "registration.phone.invalid"),
                org.assertj.core.groups.Tuple.tuple("password", "password.tooShort"),
                org.assertj.core.groups.Tuple.tuple("passwordConfirmation", "registration.passwordConfirmation.mismatch"));
    }

    @Test
    void requiresNameIdAndEmail() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new CitizenRegistration(" ", null, "", null, PASSWORD, PASSWORD).validated());
        assertThat(e.problems()).extracting(FieldProblem::messageKey).containsExactly(
                "registration.fullName.required", "registration.citizenId.required", "registration.email.required");
    }

    @Test
    void refusesAPasswordContainingTheCitizenId() {
        String password = "pw-096088000123";
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new CitizenRegistration("Lê Thị Bé", "096088000123", "be@example.vn", null, password, password)
                        .validated());
        assertThat(e.problems()).extracting(FieldProblem::messageKey).containsExactly("password.containsUsername");
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(new CitizenRegistration("A", "096088000123", "a@b.vn", null, PASSWORD, PASSWORD).toString())
                .doesNotContain(PASSWORD);
    }
}
