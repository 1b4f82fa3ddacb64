package vn.camau.egov.organization.application;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.identity.application.AccountService;
import vn.camau.egov.identity.application.SignInResult;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.it.AsProvinceAdmin;
import vn.camau.egov.it.Deployments;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new installation gets exactly one first administrator, who can sign in. (No other test creates
 * provincial administrator accounts; the helper only runs as that role.)
 */
@ExtendWith(ArquillianExtension.class)
class FirstAdministratorIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private FirstAdministrator firstAdministrator;

    @Inject
    private AccountService accounts;

    @Inject
    private OrganizationService organization;

    @EJB
    private AsProvinceAdmin provinceAdmin;

    @Test
    void createsTheFirstProvincialAdministratorOnceAndOnlyOnce() throws Exception {
        String password = "quản trị lần đầu 2026";
        Optional<OfficialView> created = provinceAdmin.call(() -> firstAdministrator.createIfNone("quantri", password));
        assertThat(created).isPresent();
        assertThat(created.get().unit().agencyId()).isEqualTo("000.00.00.H12");
        assertThat(organization.unit(created.get().unit().code())).isPresent();

        SignInResult signIn = accounts.signIn("quantri", password);
        assertThat(signIn.outcome()).isEqualTo(SignInResult.Outcome.SUCCESS);
        assertThat(signIn.roles()).containsExactly(Roles.PROVINCE_ADMIN);

        assertThat(provinceAdmin.call(firstAdministrator::isNeeded)).isFalse();
        assertThat(provinceAdmin.call(() -> firstAdministrator.createIfNone("quantri2", password))).isEmpty();
    }
}
