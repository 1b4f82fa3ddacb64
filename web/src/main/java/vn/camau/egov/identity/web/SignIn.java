package vn.camau.egov.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.camau.egov.identity.application.SignInResult;
import vn.camau.egov.shared.application.Clocks;
import vn.camau.egov.shared.web.CurrentUser;
import vn.camau.egov.shared.web.LocalPaths;
import vn.camau.egov.shared.web.Messages;

import java.io.IOException;
import java.time.format.DateTimeFormatter;

/** The sign-in form (signin.xhtml). */
@Named
@RequestScoped
public class SignIn {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(Clocks.VIETNAM);

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private CurrentUser currentUser;

    private String username;
    private String password;
    private String returnTo;

    /** Where to go after signing in: the protected page that asked for it, if any. */
    @jakarta.annotation.PostConstruct
    void rememberWhereFrom() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        if (uri != null) {
            String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
            returnTo = query == null ? uri : uri + "?" + query;
        }
    }

    public void submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getSession(false) != null) {
            // a session from before sign-in (the saved request) gets a new id: no session fixation
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters
                .withParams().newAuthentication(true).credential(new UsernamePasswordCredential(username, password)));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(returnTo == null ? request.getContextPath() + currentUser.homePath()
                    : LocalPaths.orHome(request.getContextPath(), returnTo));
            default -> showFailure((SignInResult) request.getAttribute(AccountIdentityStore.RESULT));
        }
    }

    private void showFailure(SignInResult result) {
        if (result != null && result.outcome() == SignInResult.Outcome.LOCKED) {
            Messages.error("signin.locked", TIME.format(result.lockedUntil()));
        } else if (result != null && result.outcome() == SignInResult.Outcome.DISABLED) {
            Messages.error("signin.disabled");
        } else {
            Messages.error("signin.invalid");
        }
        faces.validationFailed();
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
