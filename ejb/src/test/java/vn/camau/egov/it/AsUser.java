package vn.camau.egov.it;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Set;

/**
 * Runs test code as a named user with given roles, the way the server's Jakarta Security
 * integration establishes a signed-in caller: an ad-hoc identity of the application's security
 * domain. Services then see that caller principal and those roles.
 */
public final class AsUser {

    private AsUser() {
    }

    public static <T> T call(String username, Set<String> roles, PrivilegedExceptionAction<T> work) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent().createAdHocIdentity(username)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(roles)));
        try {
            return identity.runAs(work);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }
}
