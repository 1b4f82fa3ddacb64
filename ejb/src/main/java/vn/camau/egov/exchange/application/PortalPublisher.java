package vn.camau.egov.exchange.application;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.catalog.application.CatalogPublication;
import vn.camau.egov.catalog.domain.Procedure;
import vn.camau.egov.catalog.domain.ProcedureVersion;
import vn.camau.egov.dossier.domain.Dossier;
import vn.camau.egov.dossier.domain.DossierEvent;
import vn.camau.egov.exchange.domain.MessageKind;
import vn.camau.egov.exchange.domain.Peer;
import vn.camau.egov.exchange.domain.PortalRecords;
import vn.camau.egov.exchange.domain.PortalStatusMap;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.shared.application.Settings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Keeps the National Public Service Portal up to date over the hub: every change of a dossier's
 * status (from the dossier events topic) and every change of the catalogue, as OpenCPS-style
 * records signed with the unit's key, logged and queued like any message. Nothing is sent while
 * the portal is not in the exchange directory (or stopped there).
 */
@Stateless
@LocalBean
@Local(CatalogPublication.class)
@DeclareRoles({Roles.EXCHANGE, Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
public class PortalPublisher implements CatalogPublication {

    private static final Logger LOG = Logger.getLogger(PortalPublisher.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SignedOutbox outbox;

    @Inject
    private vn.camau.egov.dossier.infrastructure.SigningKeys keys;

    @Inject
    private Settings settings;

    @Inject
    private vn.camau.egov.shared.application.AuditTrail audit;

    /** A dossier changed: its whole state as the portal keeps it, with the status mapped to the portal's code. */
    @RolesAllowed(Roles.EXCHANGE)
    public void dossierChanged(String code) {
        Peer portal = portal();
        if (portal == null) {
            return;
        }
        Dossier d = em.createQuery("select d from Dossier d where d.code = :c", Dossier.class).setParameter("c", code)
                .getSingleResult();
        if (!canSign(d.getUnit())) {
            // the next change of the dossier sends its whole state again, once the unit has its key
            audit.record("PORTAL_SYNC_SKIPPED", "dossier", code, d.getUnit().getName() + " has no signing key");
            return;
        }
        PortalStatusMap statuses = PortalStatusMap.of(settings.portalStatusMapping());
        ProcedureVersion p = d.getProcedure();
        List<PortalRecords.Progress> progress = d.getEvents().stream().map((DossierEvent e) -> new PortalRecords.Progress(
                e.getActorName(), e.getStepName() == null ? e.getAction().name() : e.getStepName(), e.getOccurredAt(),
                e.getNote(), statuses.codeOf(e.getToStatus().name()))).toList();
        String messageId = UUID.randomUUID().toString();
        PortalRecords.DossierSync sync = new PortalRecords.DossierSync(messageId, d.getCode(),
                p.getProcedure().getCode().value(), p.getName(), p.getField() == null ? null : p.getField().getCode(),
                d.getApplicant().getFullName(), 1, start(d.getReceivedOn()), start(d.getAppointmentOn() != null
                ? d.getAppointmentOn() : d.getDueOn()), statuses.codeOf(d.getStatus().name()), d.getCompletedAt(),
                d.isPostalDelivery() ? 1 : 0, d.getUnit().getName(),
                d.getAttachments().stream().map(a -> a.getFile().getName()).toList(),
                p.getFees().stream().map(f -> new PortalRecords.Fee(f.getName(), f.getAmount())).toList(),
                d.getResult() == null ? List.of() : List.of(d.getResult().getName()), progress, supplements(d),
                paid(d));
        outbox.send(MessageKind.PORTAL_DOSSIER, messageId, d.getUnit(), portal, d.getCode(), null,
                PortalRecords.write(sync));
    }

    /** A procedure was created, revised, withdrawn or reinstated. */
    @Override
    @RolesAllowed({Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN, Roles.EXCHANGE})
    public void changed(Procedure procedure) {
        publish(procedure);
    }

    /** @return whether the procedure went to the portal */
    private boolean publish(Procedure procedure) {
        Peer portal = portal();
        if (portal == null) {
            return false;
        }
        if (!canSign(procedure.getUnit())) {
            // the catalogue change stands; "Đồng bộ toàn bộ danh mục" sends it once the unit has its key
            audit.record("PORTAL_SYNC_SKIPPED", "procedure", procedure.getCode().value(),
                    procedure.getUnit().getName() + " has no signing key");
            return false;
        }
        ProcedureVersion v = procedure.getCurrent();
        String messageId = UUID.randomUUID().toString();
        PortalRecords.ProcedureSync sync = new PortalRecords.ProcedureSync(messageId, procedure.getCode().value(),
                v.getName(), v.getField() == null ? null : v.getField().getCode(), v.getLevel().number(),
                procedure.getUnit().getName(), v.getProcessingDays(), v.totalFees(), procedure.isActive());
        outbox.send(MessageKind.PORTAL_CATALOG, messageId, procedure.getUnit(), portal, procedure.getCode().value(), null,
                PortalRecords.write(sync));
        return true;
    }

    private boolean canSign(Unit unit) {
        if (!keys.has(unit)) {
            LOG.warning(() -> unit.getName() + " has no signing key: nothing of it goes to the national portal");
            return false;
        }
        return true;
    }

    /**
     * The whole catalogue to the portal, for the first connection or after the portal lost it: every
     * procedure of the province, active or withdrawn.
     *
     * A unit without a signing key cannot sign its procedures: they are left out and named.
     *
     * @return how many procedures were sent (none while the portal is not in the directory), and
     *         the units left out
     */
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    public CataloguePublished publishCatalogue() {
        if (portal() == null) {
            return new CataloguePublished(0, List.of());
        }
        int sent = 0;
        java.util.Set<String> unsigned = new java.util.TreeSet<>();
        long after = 0;
        List<Procedure> batch;
        do {
            batch = em.createQuery("select p from Procedure p where p.id > :after order by p.id", Procedure.class)
                    .setParameter("after", after).setMaxResults(200).getResultList();
            for (Procedure p : batch) {
                after = p.getId();
                if (unsigned.contains(p.getUnit().getName())) {
                    continue;
                }
                if (publish(p)) {
                    sent++;
                } else {
                    unsigned.add(p.getUnit().getName());
                }
            }
        } while (batch.size() == 200);
        audit.record("PORTAL_CATALOGUE_PUBLISHED", "portal", settings.nationalPortalAgencyId(), sent
                + " procedures" + (unsigned.isEmpty() ? "" : "; no signing key: " + String.join(", ", unsigned)));
        return new CataloguePublished(sent, List.copyOf(unsigned));
    }

    /** What a whole-catalogue publication did. */
    public record CataloguePublished(int sent, List<String> unitsWithoutKey) implements java.io.Serializable {
    }

    /** The receipt for a record the portal sent: taken (with the province's code for it) or refused, and why. */
    @RolesAllowed(Roles.EXCHANGE)
    public void receipt(Unit unit, String answersMessageId, boolean ok, String code, String description) {
        Peer portal = portal();
        if (portal == null) {
            return;
        }
        String messageId = UUID.randomUUID().toString();
        outbox.send(MessageKind.PORTAL_RECEIPT, messageId, unit, portal, code, null, PortalRecords.write(
                new PortalRecords.Receipt(messageId, answersMessageId, ok, code, description)));
    }

    /** Whether the agency is the national portal, as the settings name it. */
    @RolesAllowed(Roles.EXCHANGE)
    public boolean isPortal(String agencyId) {
        return settings.nationalPortalAgencyId().equals(agencyId);
    }

    private Peer portal() {
        Peer portal = em.find(Peer.class, settings.nationalPortalAgencyId());
        if (portal == null || !portal.isActive()) {
            LOG.fine("The national portal is not in the exchange directory: nothing sent");
            return null;
        }
        return portal;
    }

    /** Each supplement asked, with when it came (the next resubmission), if it did. */
    private static List<PortalRecords.Supplement> supplements(Dossier d) {
        List<PortalRecords.Supplement> found = new java.util.ArrayList<>();
        for (DossierEvent e : d.getEvents()) {
            if (e.getAction() == vn.camau.egov.dossier.domain.DossierAction.REQUEST_SUPPLEMENT) {
                found.add(new PortalRecords.Supplement(e.getOccurredAt(), e.getNote(), null));
            } else if (e.getAction() == vn.camau.egov.dossier.domain.DossierAction.SUPPLEMENT && !found.isEmpty()) {
                PortalRecords.Supplement last = found.remove(found.size() - 1);
                found.add(new PortalRecords.Supplement(last.requested(), last.request(), e.getOccurredAt()));
            }
        }
        return found;
    }

    /** The fee paid online, if it was: the payment record the portal keeps. */
    private PortalRecords.Paid paid(Dossier d) {
        return em.createQuery("select p from Payment p where p.dossier = :d and p.status = :paid",
                        vn.camau.egov.dossier.domain.Payment.class).setParameter("d", d)
                .setParameter("paid", vn.camau.egov.dossier.domain.PaymentStatus.PAID).setMaxResults(1)
                .getResultStream().findFirst()
                .map(p -> new PortalRecords.Paid(p.getProviderTransaction(), p.getAmount(), p.getSettledAt(),
                        d.getApplicant().getFullName(), d.getApplicant().getCitizenId(), d.getApplicant().getAddress()))
                .orElse(null);
    }

    private static java.time.Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }
}
