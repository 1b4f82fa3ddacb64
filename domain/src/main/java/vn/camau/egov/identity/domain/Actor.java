package vn.camau.egov.identity.domain;


import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who acts on a record: their username, name, roles, and for an official the unit they work in.
 * Built by a service from the signed-in caller; the record acted on (a dossier, a document)
 * decides what the actor may do.
 */
public record Actor(String username, String name, Set<Role> roles, String unitCode) implements Serializable {

    public Actor {
        Objects.requireNonNull(username);
        Objects.requireNonNull(name);
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static Actor citizen(String username, String name) {
        return new Actor(username, name, EnumSet.of(Role.CITIZEN), null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean worksIn(String code) {
        return unitCode != null && unitCode.equals(code);
    }
}
