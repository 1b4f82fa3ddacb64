package vn.camau.egov.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import vn.camau.egov.identity.domain.Account;
import vn.camau.egov.identity.domain.Applicant;
import vn.camau.egov.identity.domain.ApplicantKind;
import vn.camau.egov.identity.domain.CitizenId;
import vn.camau.egov.identity.domain.CitizenRegistration;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.identity.domain.AccountRepository;
import vn.camau.egov.identity.domain.ApplicantRepository;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.application.Mailer;
import vn.camau.egov.shared.application.Settings;
import vn.camau.egov.shared.domain.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;

/**
 * Applicants' accounts: citizen self-registration (đăng ký tài khoản), where the CCCD number becomes
 * the username, and the signed-in applicant's profile. A registration's account, applicant, audit
 * entry and welcome mail are one transaction: all or nothing.
 */
@Stateless
public class ApplicantService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private ApplicantRepository applicants;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @Inject
    private Mailer mailer;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    /**
     * Registers a citizen and returns their username.
     *
     * @throws InvalidInputException naming each field that is wrong, or the CCCD number or e-mail
     *                               already registered
     */
    @PermitAll
    public String registerCitizen(CitizenRegistration form, Locale language) {
        CitizenRegistration r = form.validated();
        CitizenId citizenId = new CitizenId(r.citizenId());
        if (accounts.findByUsername(r.citizenId()).isPresent() || applicants.findByCitizenId(citizenId).isPresent()) {
            throw new InvalidInputException("citizenId", "registration.citizenId.taken");
        }
        if (applicants.findByEmail(r.email()).isPresent()) {
            throw new InvalidInputException("email", "registration.email.taken");
        }
        Instant now = Instant.now(clock);
        Account account = new Account(r.citizenId(), hasher.hash(r.password()), EnumSet.of(Role.CITIZEN), now);
        accounts.store(account);
        applicants.store(new Applicant(account, ApplicantKind.CITIZEN, r.fullName(), citizenId, r.email(), r.phone(), now));
        try {
            // two registrations racing for the same CCCD or e-mail: the unique constraints decide
            em.flush();
        } catch (PersistenceException e) {
            throw new InvalidInputException("citizenId", "registration.citizenId.taken");
        }
        audit.record("REGISTERED", AccountService.ACCOUNT, r.citizenId(), "citizen");
        mailer.send(r.email(), language, "welcome", r.fullName(), r.citizenId(), settings.publicUrl() + "signin.xhtml");
        return r.citizenId();
    }

    /** The signed-in citizen's profile. */
    @RolesAllowed(Roles.CITIZEN)
    public Optional<ApplicantView> currentApplicant() {
        return applicants.findByUsername(session.getCallerPrincipal().getName()).map(ApplicantView::of);
    }

    /** The username of the citizen with this CCCD number, if they have an account: a counter or portal dossier joins it. */
    @RolesAllowed({Roles.RECEPTION, Roles.EXCHANGE})
    public Optional<String> usernameOfCitizen(String citizenId) {
        if (!CitizenId.isValid(citizenId)) {
            return Optional.empty();
        }
        return applicants.findByCitizenId(new CitizenId(citizenId)).map(a -> a.getAccount().getUsername());
    }
}
