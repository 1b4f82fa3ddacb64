package vn.camau.egov.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import vn.camau.egov.identity.domain.Roles;

import java.util.concurrent.Callable;

/** Runs test code as the unit administrator "it.unit.admin" (an official the test creates). */
@Stateless
@PermitAll
@RunAs(Roles.UNIT_ADMIN)
@RunAsPrincipal(AsUnitAdmin.USERNAME)
public class AsUnitAdmin {

    public static final String USERNAME = "it.unit.admin";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
