package vn.camau.egov.organization.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.application.OfficialForm;
import vn.camau.egov.organization.application.OfficialView;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.application.UnitView;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;
import vn.camau.egov.shared.web.CurrentUser;
import vn.camau.egov.shared.web.Messages;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * The officials of a unit (workspace/organization/officials.xhtml): a unit administrator sees their
 * own unit, a provincial administrator chooses any. Adds officials and lifts sign-in locks; the
 * service checks every action against the caller's unit.
 */
@Named
@ViewScoped
public class Officials implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @Inject
    private OrganizationService organization;

    @Inject
    private CurrentUser currentUser;

    private List<UnitView> units;
    private String unitCode;
    private int pageNumber;
    private Page<OfficialView> page;

    private String username;
    private String password;
    private String fullName;
    private String position;
    private String email;
    private String phone;
    private Role[] roles;

    @PostConstruct
    void init() {
        UnitView own = currentUser.getUnit();
        unitCode = own == null ? null : own.code();
        load();
    }

    public boolean isProvinceAdmin() {
        return currentUser.hasRole(Roles.PROVINCE_ADMIN);
    }

    public List<UnitView> getUnits() {
        if (units == null) {
            units = organization.units();
        }
        return units;
    }

    /** Roles the caller may grant: everything but citizen; the province-wide ones only for provincial administrators. */
    public List<Role> getGrantableRoles() {
        return Arrays.stream(Role.values())
                .filter(Role::isOfficialRole)
                .filter(r -> isProvinceAdmin() || !EnumSet.of(Role.PROVINCE_ADMIN, Role.DIC_MONITOR).contains(r))
                .toList();
    }

    public void load() {
        if (unitCode == null) {
            page = null;
            return;
        }
        try {
            page = organization.officials(unitCode, new PageRequest(pageNumber, PAGE_SIZE));
        } catch (BusinessException e) {
            page = null;
            Messages.show(e, "officials");
        }
    }

    public void changeUnit() {
        pageNumber = 0;
        load();
    }

    public void nextPage() {
        if (page != null && pageNumber + 1 < page.pageCount()) {
            pageNumber++;
            load();
        }
    }

    public void previousPage() {
        if (pageNumber > 0) {
            pageNumber--;
            load();
        }
    }

    public void add() {
        try {
            OfficialView created = organization.createOfficial(new OfficialForm(unitCode, username, password, fullName,
                    position, email, phone, roles == null || roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles))));
            Messages.info("officials.added", created.fullName(), created.username());
            username = null;
            fullName = null;
            position = null;
            email = null;
            phone = null;
            roles = null;
            load();
        } catch (BusinessException e) {
            Messages.show(e, "newOfficial");
        } finally {
            password = null;
        }
    }

    public void unlock(OfficialView official) {
        try {
            organization.unlockOfficial(official.username());
            Messages.info("officials.unlocked", official.fullName());
            load();
        } catch (BusinessException e) {
            Messages.show(e, "officials");
        }
    }

    public boolean isLocked(OfficialView official) {
        return official.isLocked(Instant.now());
    }

    public Page<OfficialView> getPage() {
        return page;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
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

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Role[] getRoles() {
        return roles == null ? null : roles.clone();
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? null : roles.clone();
    }
}
