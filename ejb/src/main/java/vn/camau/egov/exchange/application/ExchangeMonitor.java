package vn.camau.egov.exchange.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.shared.domain.ChainCheck;
import vn.camau.egov.exchange.domain.ChainHead;
import vn.camau.egov.exchange.domain.Direction;
import vn.camau.egov.exchange.domain.LoggedMessage;
import vn.camau.egov.exchange.domain.MessageState;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.application.ChainReport;
import vn.camau.egov.shared.application.FileContent;
import vn.camau.egov.shared.infrastructure.PdfLayout;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the provincial administrator watches of the exchange: the message log, its verification,
 * and the daily reconciliation of what was sent and received.
 */
@Stateless
@RolesAllowed(Roles.PROVINCE_ADMIN)
public class ExchangeMonitor {

    /**
     * Entries read per round trip while verifying, each with its payload (a document with its
     * attachments can be tens of MB): memory stays bounded however long the log is.
     */
    private static final int BATCH = 20;
    /** Entries sealed per transaction; the sealer goes on while a batch comes back full. */
    public static final int SEAL_BATCH = 500;
    public static final int MAX_DAYS = 92;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private vn.camau.egov.shared.application.Settings settings;

    /**
     * Seals the oldest entries not yet in the chain, up to {@link #SEAL_BATCH}, in a transaction of
     * its own, holding the chain's head. The order is the order of sealing: an entry whose
     * transaction committed late is sealed in a later batch, after entries with higher ids.
     *
     * @return how many were sealed
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int seal() {
        ChainHead head = em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        List<LoggedMessage> unsealed = em.createQuery("select m from LoggedMessage m where m.sequence is null"
                + " order by m.id", LoggedMessage.class).setMaxResults(SEAL_BATCH).getResultList();
        // detached, and the seal written in SQL: a JPQL update would raise the entry's version (seen:
        // every sealed entry's version went up by one), and a state moving at the same time
        // (delivered, acknowledged) would then fail on it
        unsealed.forEach(em::detach);
        unsealed.forEach(head::seal);
        for (LoggedMessage m : unsealed) {
            int sealed = em.createNativeQuery("UPDATE exchange_log SET seal_seq = ?, previous_hash = ?, chain_hash = ?"
                            + " WHERE id = ? AND seal_seq IS NULL")
                    .setParameter(1, m.getSequence()).setParameter(2, m.getPreviousHash())
                    .setParameter(3, m.getChainHash()).setParameter(4, m.getId()).executeUpdate();
            if (sealed != 1) {
                // sealed by someone else meanwhile (the head's lock should have kept them out): not twice
                throw new IllegalStateException("exchange log entry " + m.getId() + " was sealed meanwhile");
            }
        }
        return unsealed.size();
    }

    /**
     * Walks the whole log: each entry intact (payload hash, chain hash) and linked to the one before,
     * and the last one the chain's head, so that a changed, removed or cut-off entry shows. Also
     * reports entries left unsealed for long (the sealing has stopped).
     */
    public ChainReport verify() {
        // the head first: messages logged during the walk come after it and are left for the next one
        ChainHead head = em.find(ChainHead.class, ChainHead.ID);
        ChainCheck check = new ChainCheck();
        List<LoggedMessage> batch;
        do {
            batch = em.createQuery("select m from LoggedMessage m where m.sequence > :after and m.sequence <= :last"
                            + " order by m.sequence", LoggedMessage.class).setParameter("after", check.last())
                    .setParameter("last", head.getLastSequence()).setMaxResults(BATCH).getResultList();
            check.check(batch);
            em.clear();
        } while (batch.size() == BATCH && check.intact());
        check.end(head.getLastSequence(), head.getLastHash());
        Instant now = Instant.now(clock);
        long unsealed = em.createQuery("select count(m) from LoggedMessage m where m.sequence is null"
                + " and m.createdAt < :before", Long.class).setParameter("before", now.minus(ChainReport.SEALED_WITHIN))
                .getSingleResult();
        ChainReport report = ChainReport.of(check, now).withUnsealed(unsealed);
        long after = check.last();
        audit.record("EXCHANGE_LOG_VERIFIED", "exchange-log", after, report.intact() ? "intact, " + report.checked()
                + " entries" : "broken" + (report.brokenAt() == null ? "" : " at " + report.brokenAt()) + ": " + report.why());
        return report;
    }

    /** The log of one day, newest first. */
    public Page<LoggedMessageView> log(LocalDate day, PageRequest page) {
        long total = em.createQuery("select count(m) from LoggedMessage m where m.createdOn = :day", Long.class)
                .setParameter("day", day).getSingleResult();
        List<LoggedMessageView> items = em.createQuery("select m from LoggedMessage m where m.createdOn = :day"
                        // by time, not id: the entries logged before V13 have ids below zero, in the reverse order
                        + " order by m.createdAt desc, m.id desc", LoggedMessage.class).setParameter("day", day)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream().map(LoggedMessageView::of).toList();
        return new Page<>(items, total, page);
    }

    /** A logged message as it went over the wire, for inspection. */
    public byte[] payload(long id) {
        LoggedMessage m = em.find(LoggedMessage.class, id);
        if (m == null) {
            throw new NotFoundException("exchange-log", id);
        }
        audit.record("EXCHANGE_MESSAGE_READ", "exchange-log", id, m.getMessageId());
        return m.getPayload();
    }

    /**
     * The reconciliation as a report to file or send (PDF): per day what was sent and where it
     * stands, what was received, and the period's totals.
     */
    public FileContent reconciliationReport(LocalDate from, LocalDate to) {
        List<ReconciliationDay> days = reconciliation(from, to);
        java.time.format.DateTimeFormatter date = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        List<List<String>> rows = new ArrayList<>();
        long[] total = new long[8];
        for (ReconciliationDay d : days) {
            long[] c = {d.sent(), d.pending(), d.delivered(), d.acknowledged(), d.failed(), d.received(), d.duplicates(),
                    d.rejected()};
            List<String> row = new ArrayList<>(List.of(date.format(d.day())));
            for (int i = 0; i < c.length; i++) {
                total[i] += c[i];
                row.add(String.valueOf(c[i]));
            }
            rows.add(row);
        }
        List<String> sum = new ArrayList<>(List.of("Tổng cộng"));
        for (long t : total) {
            sum.add(String.valueOf(t));
        }
        rows.add(sum);
        byte[] pdf;
        try (PdfLayout layout = new PdfLayout(true)) {
            layout.header(settings.provinceName()).title("Báo cáo đối soát liên thông")
                    .subtitle("Từ ngày " + date.format(from) + " đến ngày " + date.format(to));
            layout.table(new float[] {0.16f, 0.105f, 0.105f, 0.105f, 0.105f, 0.105f, 0.105f, 0.105f, 0.105f},
                    List.of("Ngày", "Đã gửi", "Chờ trục", "Đã lên trục", "Đã phản hồi", "Lỗi", "Đã nhận", "Trùng",
                            "Từ chối"), rows);
            layout.paragraph("Lập lúc " + java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
                    .format(java.time.LocalDateTime.ofInstant(Instant.now(clock), java.time.ZoneId.of("Asia/Ho_Chi_Minh")))
                    + ". Đã gửi = chờ trục + đã lên trục + đã phản hồi + lỗi.");
            pdf = layout.bytes();
        }
        audit.record("EXCHANGE_RECONCILIATION_REPORT", "exchange-log", from, from + " – " + to);
        return new FileContent(0, "doi-soat-lien-thong-" + from + "-" + to + ".pdf", "application/pdf",
                vn.camau.egov.shared.domain.StoredFile.sha256(pdf), pdf);
    }

    /** Per day, oldest first, at most {@value #MAX_DAYS} days. */
    public List<ReconciliationDay> reconciliation(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("to", "exchange.reconciliation.period", MAX_DAYS);
        }
        Map<LocalDate, long[]> days = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.put(d, new long[8]);
        }
        List<Object[]> rows = em.createQuery("select m.createdOn, m.direction, m.state, count(m) from LoggedMessage m"
                        + " where m.createdOn between :from and :to group by m.createdOn, m.direction, m.state", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        for (Object[] r : rows) {
            long[] c = days.get((LocalDate) r[0]);
            long n = ((Number) r[3]).longValue();
            if (r[1] == Direction.OUT) {
                c[0] += n;
                switch ((MessageState) r[2]) {
                    case QUEUED -> c[1] += n;
                    case DELIVERED -> c[2] += n;
                    case ACKNOWLEDGED -> c[3] += n;
                    default -> c[4] += n;
                }
            } else {
                switch ((MessageState) r[2]) {
                    case DUPLICATE -> c[6] += n;
                    case REJECTED -> c[7] += n;
                    default -> c[5] += n;
                }
            }
        }
        List<ReconciliationDay> result = new ArrayList<>();
        days.forEach((d, c) -> result.add(new ReconciliationDay(d, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7])));
        return result;
    }
}
