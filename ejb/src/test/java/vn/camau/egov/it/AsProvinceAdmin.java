package vn.camau.egov.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import vn.camau.egov.identity.domain.Roles;

import java.util.concurrent.Callable;

/** Runs test code as a provincial administrator named "it.province.admin". */
@Stateless
@PermitAll
@RunAs(Roles.PROVINCE_ADMIN)
@RunAsPrincipal("it.province.admin")
public class AsProvinceAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
