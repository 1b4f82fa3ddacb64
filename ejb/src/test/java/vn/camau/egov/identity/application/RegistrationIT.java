package vn.camau.egov.identity.application;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.identity.domain.CitizenRegistration;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.Fixtures;
import vn.camau.egov.it.TestMailServer;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Citizen self-registration, end to end: account, applicant, audit, welcome mail over SMTP. */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

    private static final String PASSWORD = "con đường xanh Năm Căn";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private ApplicantService applicants;

    @Inject
    private AccountService accounts;

    @Inject
    private Fixtures fixtures;

    @EJB
    private TestMailServer smtp;

    @PersistenceContext
    private EntityManager em;

    private CitizenRegistration citizen(String cccd, String email) {
        return new CitizenRegistration("Nguyễn Thị Thu Trang", cccd, email, "0913 000 111", PASSWORD, PASSWORD);
    }

    @Test
    void aRegisteredCitizenSignsInWithTheirIdNumberAndGetsAWelcomeMail() throws Exception {
        String cccd = fixtures.uniqueCitizenId();
        String email = "trang." + cccd + "@example.vn";
        assertThat(applicants.registerCitizen(citizen(cccd, " " + email.toUpperCase() + " "), Locale.forLanguageTag("vi")))
                .isEqualTo(cccd);

        SignInResult signIn = accounts.signIn(cccd, PASSWORD);
        assertThat(signIn.outcome()).isEqualTo(SignInResult.Outcome.SUCCESS);
        assertThat(signIn.roles()).containsExactly(Roles.CITIZEN);

        MimeMessage mail = smtp.awaitSubject("Chào mừng đến Cổng Chính quyền điện tử tỉnh Cà Mau", Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no welcome mail arrived"));
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(mail.getContent().toString()).contains("Nguyễn Thị Thu Trang").contains(cccd);
    }

    @Test
    void theWelcomeMailSpeaksTheRegistrantsLanguage() throws Exception {
        String cccd = fixtures.uniqueCitizenId();
        applicants.registerCitizen(citizen(cccd, "en." + cccd + "@example.vn"), Locale.ENGLISH);
        MimeMessage mail = smtp.awaitSubject("Welcome to the Cà Mau e-Government Portal", Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no English welcome mail arrived"));
        assertThat(mail.getContent().toString()).contains("People's Committee");
    }

    @Test
    void badInputNamesEveryFieldAndWritesNothing() {
        long accountsBefore = count("account");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> applicants.registerCitizen(
                new CitizenRegistration("", "12345", "x@", "abc", "short", "other"), Locale.ENGLISH));
        assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactly("fullName", "citizenId", "email", "phone", "password", "passwordConfirmation");
        assertThat(count("account")).isEqualTo(accountsBefore);
    }

    @Test
    void anIdNumberOrEmailRegisteredBeforeIsRefusedAndNothingIsWritten() {
        String cccd = fixtures.uniqueCitizenId();
        applicants.registerCitizen(citizen(cccd, "first." + cccd + "@example.vn"), Locale.ENGLISH);
        long accountsBefore = count("account");
        long applicantsBefore = count("applicant");

        InvalidInputException sameId = catchThrowableOfType(InvalidInputException.class,
                () -> applicants.registerCitizen(citizen(cccd, "other." + cccd + "@example.vn"), Locale.ENGLISH));
        assertThat(sameId.problems()).extracting(FieldProblem::messageKey).containsExactly("registration.citizenId.taken");

        InvalidInputException sameMail = catchThrowableOfType(InvalidInputException.class,
                () -> applicants.registerCitizen(citizen(fixtures.uniqueCitizenId(), "first." + cccd + "@example.vn"),
                        Locale.ENGLISH));
        assertThat(sameMail.problems()).extracting(FieldProblem::messageKey).containsExactly("registration.email.taken");

        assertThat(count("account")).isEqualTo(accountsBefore);
        assertThat(count("applicant")).isEqualTo(applicantsBefore);
    }

    private long count(String table) {
        List<?> result = em.createNativeQuery("SELECT COUNT(*) FROM " + table).getResultList();
        return ((Number) result.get(0)).longValue();
    }
}
