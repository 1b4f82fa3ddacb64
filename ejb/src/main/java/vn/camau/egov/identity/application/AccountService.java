package vn.camau.egov.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.camau.egov.identity.domain.Account;
import vn.camau.egov.identity.domain.PasswordPolicy;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.identity.infrastructure.JpaAccountRepository;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.application.Settings;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Accounts: signing in with lockout, signing out, and the account operations an administrator
 * performs for an official. Every outcome of a sign-in, good or bad, is audited.
 */
@Stateless
public class AccountService {

    public static final String ACCOUNT = "account";

    @Inject
    private JpaAccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    /**
     * Checks a username and password. Wrong passwords count towards the lock; the count and the
     * audit entry are committed whatever the outcome.
     */
    @PermitAll
    public SignInResult signIn(String username, String password) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Instant now = Instant.now(clock);
        Account account = Account.isValidUsername(name) ? accounts.findByUsername(name).orElse(null) : null;
        if (account == null) {
            hasher.matchesNothing(password);
            audit.record("SIGN_IN_FAILED", ACCOUNT, name.isEmpty() ? null : name, "unknown username");
            return SignInResult.failure(SignInResult.Outcome.INVALID, name, null);
        }
        // The password is checked before the account is locked: hashing takes a deliberate fraction
        // of a second, and sign-ins to one account (a counter's shared account) must not queue behind
        // each other's hashing. The lock then orders the counting, and what it reads again decides.
        String hash = account.getPasswordHash();
        boolean matches = account.isEnabled() && !account.isLocked(now) && hasher.matches(password, hash);
        accounts.lock(account);
        if (matches && !hash.equals(account.getPasswordHash())) {
            matches = hasher.matches(password, account.getPasswordHash());
        }
        if (!account.isEnabled()) {
            audit.record("SIGN_IN_REFUSED", ACCOUNT, name, "account disabled");
            return SignInResult.failure(SignInResult.Outcome.DISABLED, name, null);
        }
        if (account.isLocked(now)) {
            audit.record("SIGN_IN_REFUSED", ACCOUNT, name, "account locked until " + account.getLockedUntil());
            return SignInResult.failure(SignInResult.Outcome.LOCKED, name, account.getLockedUntil());
        }
        if (!matches) {
            boolean lockedNow = account.recordFailedSignIn(now, settings.lockoutPolicy());
            audit.record("SIGN_IN_FAILED", ACCOUNT, name, "wrong password, attempt " + account.getFailedAttempts());
            if (lockedNow) {
                audit.record("ACCOUNT_LOCKED", ACCOUNT, name, "locked until " + account.getLockedUntil());
                return SignInResult.failure(SignInResult.Outcome.LOCKED, name, account.getLockedUntil());
            }
            return SignInResult.failure(SignInResult.Outcome.INVALID, name, null);
        }
        account.recordSignIn(now);
        audit.record("SIGN_IN", ACCOUNT, name, null);
        return SignInResult.success(name, account.getRoles().stream().map(Role::roleName).collect(Collectors.toSet()));
    }

    /** Records the sign-out of the caller. */
    @PermitAll
    public void signedOut() {
        audit.record("SIGN_OUT", ACCOUNT, null, null);
    }

    /**
     * Creates the account of a new official. Called by the organization service, which has checked
     * that the caller may act for the official's unit.
     */
    @RolesAllowed({Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
    public Account createOfficialAccount(String username, String password, Set<Role> roles) {
        if (!Account.isValidUsername(username)) {
            throw new InvalidInputException("username", "account.username.invalid");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "account.username.taken");
        }
        if (roles.isEmpty() || roles.contains(Role.CITIZEN)) {
            throw new InvalidInputException("roles", "account.roles.invalid");
        }
        PasswordPolicy.check(password, username).ifPresent(key -> {
            throw new InvalidInputException("password", key);
        });
        Account account = new Account(username, hasher.hash(password), roles, Instant.now(clock));
        accounts.store(account);
        audit.record("ACCOUNT_CREATED", ACCOUNT, username, "roles " + roles);
        return account;
    }

    /** Lifts a lock. Called by the organization service after its per-unit check. */
    @RolesAllowed({Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
    public void unlock(String username) {
        Account account = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException(ACCOUNT, username));
        account.unlock();
        audit.record("ACCOUNT_UNLOCKED", ACCOUNT, username, null);
    }
}
