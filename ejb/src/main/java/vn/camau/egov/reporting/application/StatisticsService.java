package vn.camau.egov.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.dossier.domain.Channel;
import vn.camau.egov.dossier.domain.DossierStatus;
import vn.camau.egov.dossier.domain.PaymentStatus;
import vn.camau.egov.dossier.domain.SatisfactionRating;
import vn.camau.egov.dossier.domain.Timeliness;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.VietnamTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dossier statistics per unit, computed by grouped SQL aggregates over indexed columns: a handful
 * of queries whatever the number of dossiers, and never a dossier loaded into memory.
 */
@Stateless
public class StatisticsService {

    /** The longest period asked at once: a year and a day (a leap year's whole year fits). */
    public static final int MAX_DAYS = 367;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Every unit's figures, for the Department and the provincial administration. */
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.DIC_MONITOR})
    public List<UnitStatistics> byUnit(LocalDate from, LocalDate to) {
        return compute(from, to);
    }

    /**
     * The public figures (transparency): the same aggregates, nothing about any person; the public
     * statistics page shows rates and counts per unit only.
     */
    @PermitAll
    public List<UnitStatistics> published(LocalDate from, LocalDate to) {
        return compute(from, to);
    }

    private List<UnitStatistics> compute(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("to", "statistics.period", MAX_DAYS);
        }
        Map<Long, long[]> counts = new HashMap<>();
        Instant start = from.atStartOfDay(ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZONE).toInstant();
        for (Object[] r : em.createQuery("select d.unitId, d.channel, count(d) from Dossier d"
                        + " where d.submittedAt >= :start and d.submittedAt < :end group by d.unitId, d.channel", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            long[] c = counts.computeIfAbsent((Long) r[0], k -> new long[14]);
            c[switch ((Channel) r[1]) {
                case ONLINE -> 0;
                case COUNTER -> 1;
                case NATIONAL_PORTAL -> 2;
            }] += ((Number) r[2]).longValue();
        }
        for (Object[] r : em.createQuery("select d.unitId, d.status, d.timeliness, d.rating, count(d) from Dossier d"
                        + " where d.completedOn between :from and :to group by d.unitId, d.status, d.timeliness, d.rating",
                        Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            long[] c = counts.computeIfAbsent((Long) r[0], k -> new long[14]);
            long n = ((Number) r[4]).longValue();
            DossierStatus status = (DossierStatus) r[1];
            if (status == DossierStatus.DONE && r[2] != null) {
                c[switch ((Timeliness) r[2]) {
                    case EARLY -> 3;
                    case ON_TIME -> 4;
                    case LATE -> 5;
                }] += n;
            } else if (status == DossierStatus.DENIED) {
                c[6] += n;
            } else if (status == DossierStatus.CANCELLED) {
                c[7] += n;
            }
            if (r[3] != null) {
                SatisfactionRating rating = (SatisfactionRating) r[3];
                c[rating == SatisfactionRating.VERY_SATISFIED || rating == SatisfactionRating.SATISFIED ? 12 : 13] += n;
            }
        }
        LocalDate today = VietnamTime.dateOf(Instant.now(clock));
        for (Object[] r : em.createQuery("select d.unitId, d.status, count(d),"
                        + " sum(case when d.dueOn < :today then 1 else 0 end) from Dossier d"
                        + " where d.status in :open group by d.unitId, d.status", Object[].class)
                .setParameter("today", today)
                .setParameter("open", List.of(DossierStatus.PROCESSING, DossierStatus.RELEASING,
                        DossierStatus.WAITING_SUPPLEMENT)).getResultList()) {
            long[] c = counts.computeIfAbsent((Long) r[0], k -> new long[14]);
            long n = ((Number) r[2]).longValue();
            if (r[1] == DossierStatus.WAITING_SUPPLEMENT) {
                c[10] += n;
            } else {
                c[8] += n;
                c[9] += r[3] == null ? 0 : ((Number) r[3]).longValue();
            }
        }
        List<Unit> units = em.createQuery("select u from Unit u where u.active = true order by u.code", Unit.class)
                .getResultList();
        Map<String, Long> idOfCode = new HashMap<>();
        units.forEach(u -> idOfCode.put(u.getCode(), u.getId()));
        for (Object[] r : em.createQuery("select p.unitCode, count(p) from Payment p where p.settledOn between :from and :to"
                        + " and p.status = :paid group by p.unitCode", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("paid", PaymentStatus.PAID).getResultList()) {
            Long unitId = idOfCode.get((String) r[0]);
            if (unitId != null) {
                counts.computeIfAbsent(unitId, k -> new long[14])[11] += ((Number) r[1]).longValue();
            }
        }
        List<UnitStatistics> result = new ArrayList<>();
        for (Unit u : units) {
            long[] c = counts.getOrDefault(u.getId(), new long[14]);
            result.add(new UnitStatistics(u.getCode(), u.getName(), c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8],
                    c[9], c[10], c[11], c[12], c[13]));
        }
        return result;
    }
}
