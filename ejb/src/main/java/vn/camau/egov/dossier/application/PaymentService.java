package vn.camau.egov.dossier.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.camau.egov.identity.domain.Actor;
import vn.camau.egov.dossier.domain.Dossier;
import vn.camau.egov.dossier.domain.DossierAction;
import vn.camau.egov.dossier.domain.DossierRefusedException;
import vn.camau.egov.dossier.domain.Payment;
import vn.camau.egov.dossier.domain.PaymentStatus;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.application.ClientAddress;
import vn.camau.egov.shared.domain.AccessDeniedException;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Online payment of a level-4 dossier's fees (the applicant starts it; the provider's notice
 * settles it, see {@link PaymentNotices}) and the daily reconciliation of payments for the unit's
 * reception and the province.
 */
@Stateless
public class PaymentService {

    static final String PAYMENT = "payment";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PaymentProvider provider;

    @Inject
    private OrganizationService organization;

    @Inject
    private AuditTrail audit;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /**
     * The applicant starts paying their dossier's fees: a new attempt is recorded, and the address
     * of the provider's payment page returned for the browser to go to.
     *
     * @param returnUrl where the provider sends the browser back to (the portal's payment outcome page)
     */
    @RolesAllowed(Roles.CITIZEN)
    public URI start(String code, String returnUrl) {
        if (!provider.configured()) {
            throw new DossierRefusedException("dossier.refused.paymentNotConfigured");
        }
        String me = session.getCallerPrincipal().getName();
        Dossier d = em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", code)
                .getResultStream().filter(found -> found.isOwnedBy(me)).findFirst()
                .orElseThrow(() -> new NotFoundException(DossierService.DOSSIER, code));
        // one attempt at a time per dossier, so attempt numbers (and references) never collide
        em.lock(d, LockModeType.PESSIMISTIC_WRITE);
        if (!d.allowedActions(Actor.citizen(me, d.getApplicant().getFullName())).contains(DossierAction.PAY)) {
            throw new DossierRefusedException(d.isPaid() ? "dossier.refused.alreadyPaid" : "dossier.refused.state");
        }
        Instant now = Instant.now(clock);
        long attempts = em.createNamedQuery("Payment.countForDossier", Long.class).setParameter("dossier", d)
                .getSingleResult();
        Payment payment = new Payment(d, (int) attempts + 1, provider.name(), me, now);
        em.persist(payment);
        audit.record("PAYMENT_START", PAYMENT, payment.getReference(), String.valueOf(payment.getAmount()));
        String address = clientAddress.get();
        return provider.paymentPage(new PaymentProvider.Order(payment.getReference(), payment.getAmount(),
                "Thanh toan phi, le phi ho so " + d.getCode(), returnUrl, address == null ? "127.0.0.1" : address, now));
    }

    /**
     * What the provider said, as the payer's browser brings it back: for showing the outcome only.
     * The payment itself is settled by the provider's direct notice, never by the browser.
     */
    @RolesAllowed(Roles.CITIZEN)
    public PaymentOutcome outcome(java.util.Map<String, String> fields) {
        PaymentProvider.Notice notice;
        try {
            notice = provider.read(fields);
        } catch (PaymentProvider.ForgedNoticeException e) {
            return new PaymentOutcome(null, null, false, false);
        }
        String me = session.getCallerPrincipal().getName();
        Payment payment = em.createNamedQuery("Payment.findByReference", Payment.class)
                .setParameter("reference", notice.reference()).getResultStream()
                .filter(p -> p.getPayerUsername().equals(me)).findFirst().orElse(null);
        if (payment == null) {
            return new PaymentOutcome(null, null, false, false);
        }
        return new PaymentOutcome(payment.getDossier().getCode(), payment.getReference(), true,
                payment.getStatus() == PaymentStatus.PAID);
    }

    /**
     * A day's payments: a unit's for its reception, leaders and administrators; the whole
     * province's for provincial administrators (who may also ask for one unit).
     */
    @RolesAllowed({Roles.RECEPTION, Roles.LEADER, Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
    public Reconciliation reconciliation(LocalDate day, String unitCode, PageRequest page) {
        String unit = unitCode == null || unitCode.isBlank() ? null : unitCode;
        if (!session.isCallerInRole(Roles.PROVINCE_ADMIN)) {
            String mine = organization.currentOfficial().orElseThrow(AccessDeniedException::new).unit().code();
            if (unit != null && !unit.equals(mine)) {
                throw new AccessDeniedException();
            }
            unit = mine;
        }
        String where = " WHERE p.settledOn = :day" + (unit == null ? "" : " AND p.unitCode = :unit");
        TypedQuery<PaymentView> list = em.createQuery("SELECT NEW vn.camau.egov.dossier.application.PaymentView("
                + "p.reference, d.code, p.unitCode, p.amount, p.status, p.providerTransaction, p.bankCode, "
                + "p.failureCode, p.createdAt, p.settledAt) FROM Payment p JOIN p.dossier d" + where
                + " ORDER BY p.settledAt, p.id", PaymentView.class);
        TypedQuery<Object[]> totals = em.createQuery("SELECT p.status, COUNT(p), SUM(p.amount) FROM Payment p"
                + where + " GROUP BY p.status", Object[].class);
        for (TypedQuery<?> q : List.of(list, totals)) {
            q.setParameter("day", day);
            if (unit != null) {
                q.setParameter("unit", unit);
            }
        }
        long paidCount = 0;
        long paidAmount = 0;
        long failedCount = 0;
        long all = 0;
        for (Object[] row : totals.getResultList()) {
            long count = ((Number) row[1]).longValue();
            all += count;
            if (row[0] == PaymentStatus.PAID) {
                paidCount = count;
                paidAmount = ((Number) row[2]).longValue();
            } else if (row[0] == PaymentStatus.FAILED) {
                failedCount = count;
            }
        }
        List<PaymentView> items = list.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Reconciliation(day, unit, new Page<>(items, all, page), paidCount, paidAmount, failedCount);
    }
}
