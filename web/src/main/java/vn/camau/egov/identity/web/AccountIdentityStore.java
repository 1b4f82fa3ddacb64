package vn.camau.egov.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import vn.camau.egov.identity.application.AccountService;
import vn.camau.egov.identity.application.SignInResult;

/**
 * The database identity store: hands username and password to {@link AccountService}, which checks
 * the PBKDF2 hash, counts failures and locks. The roles become the caller's groups. How the attempt
 * ended is left on the request so the sign-in page can say why it failed.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    static final String RESULT = SignInResult.class.getName();

    @Inject
    private AccountService accounts;

    @Inject
    private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = accounts.signIn(login.getCaller(), login.getPasswordAsString());
        request.setAttribute(RESULT, result);
        return result.succeeded()
                ? new CredentialValidationResult(result.username(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
