package vn.camau.egov.organization.application;

import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.organization.domain.Official;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** An official as pages show it, with their unit and the state of their account. */
public record OfficialView(long id, String username, String fullName, String position, String email, String phone,
                           UnitView unit, Set<Role> roles, boolean enabled, Instant lockedUntil)
        implements Serializable {

    public static OfficialView of(Official o) {
        return new OfficialView(o.getId(), o.getAccount().getUsername(), o.getFullName(), o.getPosition(),
                o.getEmail(), o.getPhone(), UnitView.of(o.getUnit()), new TreeSet<>(o.getAccount().getRoles()),
                o.getAccount().isEnabled(), o.getAccount().getLockedUntil());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
