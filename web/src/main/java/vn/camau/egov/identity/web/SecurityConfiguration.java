package vn.camau.egov.identity.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import vn.camau.egov.identity.domain.Roles;

/**
 * Jakarta Security for the portal: a form sign-in on our own page (signin.xhtml), checked by
 * {@link AccountIdentityStore}. A visitor who opens a protected page gets the sign-in page at that
 * page's address (a forward), and {@link SignIn} brings them back to it afterwards.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/signin.xhtml", errorPage = "", useForwardToLogin = true))
@DeclareRoles({Roles.CITIZEN, Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.UNIT_ADMIN,
        Roles.PROVINCE_ADMIN, Roles.DIC_MONITOR})
@ApplicationScoped
public class SecurityConfiguration {
}
