package vn.camau.egov.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.camau.egov.identity.application.ApplicantService;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.application.UnitView;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is signed in, as pages show it: name, unit, roles. Loaded once per session from the services.
 * Only touched on pages of a signed-in person, so anonymous visitors get no session.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HttpServletRequest request;

    @Inject
    private OrganizationService organization;

    @Inject
    private ApplicantService applicants;

    private String username;
    private String displayName;
    private UnitView unit;
    private final Set<Role> roles = EnumSet.noneOf(Role.class);

    private void load() {
        String caller = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        if (caller == null || caller.equals(username)) {
            return;
        }
        username = caller;
        roles.clear();
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.roleName())) {
                roles.add(role);
            }
        }
        displayName = caller;
        unit = null;
        if (roles.contains(Role.CITIZEN)) {
            applicants.currentApplicant().ifPresent(a -> displayName = a.fullName());
        } else {
            organization.currentOfficial().ifPresent(o -> {
                displayName = o.fullName();
                unit = o.unit();
            });
        }
    }

    public String getUsername() {
        load();
        return username;
    }

    public String getDisplayName() {
        load();
        return displayName;
    }

    public UnitView getUnit() {
        load();
        return unit;
    }

    public boolean hasRole(String roleName) {
        load();
        return Role.byName(roleName).map(roles::contains).orElse(false);
    }

    public boolean isOfficial() {
        load();
        return roles.stream().anyMatch(Role::isOfficialRole);
    }

    public boolean isCitizen() {
        return hasRole(Roles.CITIZEN);
    }

    public Set<Role> getRoles() {
        load();
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    /** Where a person lands after signing in. */
    public String homePath() {
        return isOfficial() ? "/workspace/index.xhtml" : "/account/dossiers.xhtml";
    }
}
