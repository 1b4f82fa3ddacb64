package vn.camau.egov.organization.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.application.FirstAdministrator;

import java.util.logging.Logger;

/**
 * At start-up, makes sure someone can sign in to a new installation: with the environment variable
 * EGOV_ADMIN_PASSWORD set and no provincial administrator yet, creates the account named by
 * egov.admin.username (default "quantri"). Without the variable it only says how.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "DemoData"})
@RunAs(Roles.PROVINCE_ADMIN)
@RunAsPrincipal("installer")
public class FirstAdministratorAtStartup {

    private static final Logger LOG = Logger.getLogger(FirstAdministratorAtStartup.class.getName());

    @Inject
    private FirstAdministrator firstAdministrator;

    @PostConstruct
    void ensure() {
        if (!firstAdministrator.isNeeded()) {
            return;
        }
        String username = System.getProperty("egov.admin.username", "quantri");
        String password = System.getenv("EGOV_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            LOG.warning("No provincial administrator can sign in yet: set the environment variable "
                    + "EGOV_ADMIN_PASSWORD (12 characters or more) and restart to create '" + username + "'");
            return;
        }
        firstAdministrator.createIfNone(username, password).ifPresent(created -> LOG.warning(() ->
                "Created the first provincial administrator '" + created.username()
                        + "'. Sign in, then unset EGOV_ADMIN_PASSWORD."));
    }
}
