package vn.camau.egov.organization.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.camau.egov.identity.application.AccountService;
import vn.camau.egov.identity.domain.Actor;
import vn.camau.egov.identity.domain.Account;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.domain.AgencyId;
import vn.camau.egov.organization.domain.Official;
import vn.camau.egov.organization.domain.OfficialRepository;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.organization.domain.UnitRepository;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.domain.AccessDeniedException;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Units and officials. Anyone may read the directory of units; provincial administrators maintain
 * units; unit administrators maintain the officials of their own unit only, and may not hand out
 * the province-wide roles.
 */
@Stateless
@DeclareRoles({Roles.CITIZEN, Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.UNIT_ADMIN,
        Roles.PROVINCE_ADMIN, Roles.DIC_MONITOR})
public class OrganizationService {

    public static final String UNIT = "unit";
    public static final String OFFICIAL = "official";

    /** Roles only a provincial administrator may grant. */
    private static final Set<Role> PROVINCE_ROLES = EnumSet.of(Role.PROVINCE_ADMIN, Role.DIC_MONITOR);

    @Inject
    private UnitRepository units;

    @Inject
    private OfficialRepository officials;

    @Inject
    private AccountService accountService;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    @PermitAll
    // a public read needs no transaction of its own (it joins a caller's), which would cost two more
    // round trips to the database (the XA branch's start and its commit): README, "Performance"
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UnitView> units() {
        return units.findAll().stream().map(UnitView::of).toList();
    }

    @PermitAll
    public Optional<UnitView> unit(String code) {
        return units.findByCode(code).map(UnitView::of);
    }

    @RolesAllowed(Roles.PROVINCE_ADMIN)
    public UnitView createUnit(UnitForm form) {
        UnitForm f = form.validated();
        if (units.findByCode(f.code()).isPresent()) {
            throw new InvalidInputException("code", "unit.code.taken");
        }
        AgencyId agencyId = new AgencyId(f.agencyId());
        if (units.findByAgencyId(agencyId).isPresent()) {
            throw new InvalidInputException("agencyId", "unit.agencyId.taken");
        }
        Unit parent = f.parentCode() == null ? null : units.findByCode(f.parentCode())
                .orElseThrow(() -> new InvalidInputException("parent", "unit.parent.unknown"));
        Unit unit = new Unit(f.code(), f.name(), f.nameEn(), f.kind(), agencyId, f.statisticalCode(), parent);
        units.store(unit);
        audit.record("UNIT_CREATED", UNIT, unit.getCode(), unit.getName() + " " + agencyId);
        return UnitView.of(unit);
    }

    /** The signed-in official, with their unit. */
    @RolesAllowed({Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.UNIT_ADMIN,
            Roles.PROVINCE_ADMIN, Roles.DIC_MONITOR})
    public Optional<OfficialView> currentOfficial() {
        return officials.findByUsername(session.getCallerPrincipal().getName()).map(OfficialView::of);
    }

    /** The signed-in official as the actor a record decides on: username, name, roles, unit. */
    @RolesAllowed({Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.UNIT_ADMIN,
            Roles.PROVINCE_ADMIN, Roles.DIC_MONITOR})
    public Actor currentActor() {
        OfficialView me = currentOfficial().orElseThrow(AccessDeniedException::new);
        return new Actor(me.username(), me.fullName(), me.roles().isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(me.roles()), me.unit().code());
    }

    /** An official by username, for a leader assigning work. */
    @RolesAllowed({Roles.LEADER, Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
    public Optional<OfficialView> official(String username) {
        return username == null ? Optional.empty() : officials.findByUsername(username).map(OfficialView::of);
    }

    /** The officials of a unit who hold a role (a few dozen at most). */
    @RolesAllowed({Roles.LEADER, Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
    public List<OfficialView> officialsWithRole(String unitCode, Role role) {
        Unit unit = units.findByCode(unitCode).orElseThrow(() -> new NotFoundException(UNIT, unitCode));
        return officials.findByUnit(unit, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(o -> o.getAccount().hasRole(role) && o.getAccount().isEnabled())
                .map(OfficialView::of).toList();
    }

    @RolesAllowed({Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
    public Page<OfficialView> officials(String unitCode, PageRequest page) {
        Unit unit = unitInCallersCharge(unitCode);
        return officials.findByUnit(unit, page).map(OfficialView::of);
    }

    @RolesAllowed({Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
    public OfficialView createOfficial(OfficialForm form) {
        OfficialForm f = form.validated();
        Unit unit = unitInCallersCharge(f.unitCode());
        if (!session.isCallerInRole(Roles.PROVINCE_ADMIN) && f.roles().stream().anyMatch(PROVINCE_ROLES::contains)) {
            throw new InvalidInputException("roles", "official.roles.provinceOnly");
        }
        Account account = accountService.createOfficialAccount(f.username(), f.password(), f.roles());
        Official official = new Official(account, unit, f.fullName(), f.position(), f.email(), f.phone());
        officials.store(official);
        audit.record("OFFICIAL_CREATED", OFFICIAL, f.username(), unit.getCode() + " " + f.roles());
        return OfficialView.of(official);
    }

    @RolesAllowed({Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
    public void unlockOfficial(String username) {
        Official official = officials.findByUsername(username)
                .orElseThrow(() -> new NotFoundException(OFFICIAL, username));
        unitInCallersCharge(official.getUnit().getCode());
        accountService.unlock(username);
    }

    /**
     * The unit, if the caller may administer it (a provincial administrator any unit, a unit
     * administrator their own); refused otherwise. Other contexts check their upkeep with this.
     */
    @RolesAllowed({Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
    public UnitView administeredUnit(String unitCode) {
        return UnitView.of(unitInCallersCharge(unitCode));
    }

    /**
     * The unit, if the caller may administer it: a provincial administrator any unit, a unit
     * administrator their own. Others get the same answer as for a unit that does not exist.
     */
    private Unit unitInCallersCharge(String unitCode) {
        Unit unit = units.findByCode(unitCode).orElseThrow(() -> new NotFoundException(UNIT, unitCode));
        if (session.isCallerInRole(Roles.PROVINCE_ADMIN)) {
            return unit;
        }
        Official caller = officials.findByUsername(session.getCallerPrincipal().getName())
                .orElseThrow(AccessDeniedException::new);
        if (!caller.worksIn(unit)) {
            throw new AccessDeniedException();
        }
        return unit;
    }
}
