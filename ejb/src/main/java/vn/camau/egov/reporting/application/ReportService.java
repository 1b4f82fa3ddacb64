package vn.camau.egov.reporting.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.identity.domain.Actor;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.application.OfficialView;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.domain.Official;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.organization.domain.UnitKind;
import vn.camau.egov.reporting.domain.PeriodKind;
import vn.camau.egov.reporting.domain.PeriodicReport;
import vn.camau.egov.reporting.domain.PlanTask;
import vn.camau.egov.reporting.domain.PlanTaskProgress;
import vn.camau.egov.reporting.domain.ReportFigures;
import vn.camau.egov.reporting.domain.ReportRefusedException;
import vn.camau.egov.reporting.domain.ReportStatus;
import vn.camau.egov.reporting.domain.ReportTaskResult;
import vn.camau.egov.reporting.domain.ReportingPeriod;
import vn.camau.egov.reporting.domain.Scorecard766;
import vn.camau.egov.reporting.domain.TaskReport;
import vn.camau.egov.reporting.domain.TaskStatus;
import vn.camau.egov.shared.application.Flushes;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.application.Mailer;
import vn.camau.egov.shared.application.Settings;
import vn.camau.egov.shared.domain.AccessDeniedException;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.VietnamTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plan's tasks and the periodic reports (plan section IV): the Department opens a reporting
 * period; each unit drafts its report, pre-filled with its measured figures, and its leader submits
 * it; the Department returns it with comments or accepts it, lists late and missing reports, and
 * consolidates the accepted ones into the provincial report. Leaders are reminded by e-mail before
 * the due date.
 */
@Stateless
public class ReportService {

    /** The units that report to the Provincial People's Committee: its Office, departments, the city and districts. */
    public static final Set<UnitKind> REPORTING = EnumSet.of(UnitKind.COMMITTEE_OFFICE, UnitKind.DEPARTMENT,
            UnitKind.CITY, UnitKind.DISTRICT);
    private static final String REPORT = "periodic_report";
    /** Periods listed at once: ten years of quarters, halves and years. */
    private static final int MAX_PERIODS = 70;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OrganizationService organization;

    @Inject
    private StatisticsService statistics;

    @Inject
    private AuditTrail audit;

    @Inject
    private Mailer mailer;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    // --- plan tasks ------------------------------------------------------------------------------

    /** The plan's tasks with where the units concerned stand, from the accepted reports, with the owners' evidence. */
    @RolesAllowed({Roles.DIC_MONITOR, Roles.PROVINCE_ADMIN, Roles.LEADER, Roles.SPECIALIST, Roles.UNIT_ADMIN})
    public List<PlanTaskView> tasks() {
        return tasks(false);
    }

    /**
     * The plan's tasks for the public pages: progress only from the reports of consolidated periods
     * (what the province has published), and no evidence text.
     */
    @PermitAll
    public List<PlanTaskView> publicTasks() {
        return tasks(true);
    }

    private List<PlanTaskView> tasks(boolean published) {
        String onlyPublished = published ? " and p.reportId in (select r.id from PeriodicReport r"
                + " where r.period.consolidatedAt is not null)" : "";
        long reportingUnits = em.createQuery("select count(u) from Unit u where u.active = true and u.kind in :kinds",
                Long.class).setParameter("kinds", REPORTING).getSingleResult();
        Map<Long, long[]> progress = new HashMap<>();
        for (Object[] r : em.createQuery("select p.task.id, p.status, count(p) from PlanTaskProgress p"
                        + " where p.unit.active = true and p.unit.kind in :kinds" + onlyPublished + " group by p.task.id, p.status",
                        Object[].class)
                .setParameter("kinds", REPORTING).getResultList()) {
            TaskStatus status = (TaskStatus) r[1];
            if (status != TaskStatus.NOT_STARTED) {
                progress.computeIfAbsent((Long) r[0], k -> new long[2])[status == TaskStatus.DONE ? 0 : 1] +=
                        ((Number) r[2]).longValue();
            }
        }
        // what each named owner's last accepted report said of its own task
        Map<Long, PlanTaskProgress> owners = new HashMap<>();
        for (PlanTaskProgress p : em.createQuery("select p from PlanTaskProgress p where p.task.allUnits = false"
                + " and p.unit = p.task.unit" + onlyPublished, PlanTaskProgress.class).getResultList()) {
            owners.put(p.getTask().getId(), p);
        }
        List<PlanTaskView> views = new ArrayList<>();
        for (PlanTask t : em.createQuery("select t from PlanTask t left join fetch t.unit order by t.sortOrder",
                PlanTask.class).getResultList()) {
            long[] p = progress.getOrDefault(t.getId(), new long[2]);
            long concerned = t.isAllUnits() ? reportingUnits : t.getUnit() == null ? 0 : 1;
            PlanTaskProgress owner = owners.get(t.getId());
            views.add(new PlanTaskView(t.getId(), t.getCode(), t.getContent(), t.getOwnerName(), t.isAllUnits(),
                    t.getUnit() == null ? null : t.getUnit().getCode(), t.getUnit() == null ? null : t.getUnit().getName(),
                    t.getDueYear(), p[0], p[1], Math.max(0, concerned - p[0] - p[1]),
                    owner == null ? null : owner.getStatus(),
                    owner == null || published ? null : owner.getEvidence()));
        }
        return views;
    }

    /** Links a task's named owner (a department, the Office) to its unit in this installation. */
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    public void assignTask(String taskCode, String unitCode) {
        PlanTask task = em.createQuery("select t from PlanTask t where t.code = :code", PlanTask.class)
                .setParameter("code", taskCode).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("plan_task", taskCode));
        task.assignTo(unit(unitCode));
        audit.record("PLAN_TASK_ASSIGNED", "plan_task", task.getId(), taskCode + " → " + unitCode);
    }

    // --- periods ---------------------------------------------------------------------------------

    @RolesAllowed(Roles.DIC_MONITOR)
    public long openPeriod(PeriodKind kind, int year, int number, LocalDate dueOn) {
        ReportingPeriod p = ReportingPeriod.open(kind, year, number, dueOn);
        boolean exists = !em.createQuery("select p.id from ReportingPeriod p where p.kind = :kind and p.year = :year"
                        + " and p.number = :number", Long.class).setParameter("kind", kind).setParameter("year", year)
                .setParameter("number", number).getResultList().isEmpty();
        if (exists) {
            throw new InvalidInputException("number", "report.period.exists");
        }
        em.persist(p);
        em.flush();
        audit.record("REPORT_PERIOD_OPENED", "reporting_period", p.getId(), PeriodView.of(p).label());
        return p.getId();
    }

    /** The consolidated periods, newest first: their provincial reports are public. */
    @PermitAll
    public List<PeriodView> consolidatedPeriods() {
        return em.createQuery("select p from ReportingPeriod p where p.consolidatedAt is not null"
                + " order by p.endsOn desc, p.startsOn desc", ReportingPeriod.class).setMaxResults(MAX_PERIODS)
                .getResultList().stream().map(PeriodView::of).toList();
    }

    /** The periods, newest first. */
    @RolesAllowed({Roles.DIC_MONITOR, Roles.PROVINCE_ADMIN, Roles.LEADER, Roles.SPECIALIST, Roles.UNIT_ADMIN})
    public List<PeriodView> periods() {
        return em.createQuery("select p from ReportingPeriod p order by p.endsOn desc, p.startsOn desc",
                ReportingPeriod.class).setMaxResults(MAX_PERIODS).getResultList().stream().map(PeriodView::of).toList();
    }

    /** The caller's unit's reports, by period id: what the unit has drafted or sent. */
    @RolesAllowed({Roles.LEADER, Roles.SPECIALIST, Roles.UNIT_ADMIN})
    public Map<Long, PeriodOverview> ownReports() {
        Actor me = actor();
        LocalDate today = today();
        Map<Long, PeriodOverview> result = new HashMap<>();
        for (PeriodicReport r : em.createQuery("select r from PeriodicReport r join fetch r.period join fetch r.unit"
                        + " where r.unit.code = :unit order by r.period.endsOn desc", PeriodicReport.class)
                .setParameter("unit", me.unitCode()).setMaxResults(MAX_PERIODS).getResultList()) {
            result.put(r.getPeriod().getId(), new PeriodOverview(r.getUnit().getCode(), r.getUnit().getName(), r.getId(),
                    r.getStatus(), r.getFirstSubmittedOn(), r.isLate(today), r.getFigures().getScorecard()));
        }
        return result;
    }

    // --- a unit's report -------------------------------------------------------------------------

    /** The caller's unit's report for the period: the existing one, or a new draft with the measured figures. */
    @RolesAllowed({Roles.LEADER, Roles.SPECIALIST, Roles.UNIT_ADMIN})
    public long draft(long periodId) {
        Actor me = actor();
        ReportingPeriod period = period(periodId);
        Unit unit = unit(me.unitCode());
        // one at a time per period: a second click waits here, then finds the first one's draft
        em.refresh(period, LockModeType.PESSIMISTIC_WRITE);
        List<Long> existing = em.createQuery("select r.id from PeriodicReport r where r.period = :p and r.unit = :u",
                Long.class).setParameter("p", period).setParameter("u", unit).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        if (!REPORTING.contains(unit.getKind())) {
            throw new ReportRefusedException("report.refused.notReporting");
        }
        List<PlanTask> tasks = em.createQuery("select t from PlanTask t order by t.sortOrder", PlanTask.class)
                .getResultList();
        PeriodicReport r = PeriodicReport.draft(period, unit, tasks, measured(unit, period), me, Instant.now(clock));
        em.persist(r);
        flush();
        audit.record("REPORT_DRAFTED", REPORT, r.getId(), unit.getCode() + " " + PeriodView.of(period).label());
        return r.getId();
    }

    @RolesAllowed({Roles.DIC_MONITOR, Roles.PROVINCE_ADMIN, Roles.LEADER, Roles.SPECIALIST, Roles.UNIT_ADMIN})
    public ReportView view(long id) {
        return ReportView.of(visible(id, actor()), today());
    }

    @RolesAllowed({Roles.LEADER, Roles.SPECIALIST, Roles.UNIT_ADMIN})
    public void write(long id, long version, String difficulties, String proposals, List<TaskReport> tasks) {
        change(id, version, "REPORT_WRITTEN", (r, me) -> r.write(me, difficulties, proposals, tasks));
    }

    /** The leader submits, with the figures measured now. */
    @RolesAllowed(Roles.LEADER)
    public void submit(long id, long version) {
        change(id, version, "REPORT_SUBMITTED", (r, me) -> r.submit(me, measured(r.getUnit(), r.getPeriod()),
                Instant.now(clock)));
    }

    @RolesAllowed(Roles.DIC_MONITOR)
    public void returnToUnit(long id, long version, String note) {
        change(id, version, "REPORT_RETURNED", (r, me) -> r.returnToUnit(me, note, Instant.now(clock)));
    }

    /** Accepted: the unit's task results become where it stands on each task. */
    @RolesAllowed(Roles.DIC_MONITOR)
    public void accept(long id, long version) {
        change(id, version, "REPORT_ACCEPTED", (r, me) -> {
            r.accept(me, Instant.now(clock));
            Map<Long, PlanTaskProgress> current = em.createQuery("select p from PlanTaskProgress p where p.unit = :u",
                            PlanTaskProgress.class).setParameter("u", r.getUnit()).getResultStream()
                    .collect(Collectors.toMap(p -> p.getTask().getId(), p -> p));
            for (ReportTaskResult line : r.getResults()) {
                PlanTaskProgress p = current.get(line.getTask().getId());
                if (p == null) {
                    p = new PlanTaskProgress(line.getTask(), r.getUnit());
                    p.reported(line, r.getId(), today());
                    em.persist(p);
                } else if (!r.getPeriod().getEndsOn().isBefore(periodEnd(p.getReportId()))) {
                    // an older period's report, accepted late, does not undo what a newer one said
                    p.reported(line, r.getId(), today());
                }
            }
        });
    }

    // --- the Department's view of a period -------------------------------------------------------

    /**
     * Every reporting unit in the period: its report's status, when sent, late or missing. For the
     * Department while it follows the period; for anyone once consolidated (the provincial report
     * is then published).
     */
    @PermitAll
    public List<PeriodOverview> overview(long periodId) {
        ReportingPeriod period = period(periodId);
        mustBeReadable(period, false);
        LocalDate today = today();
        Map<Long, PeriodicReport> reports = em.createQuery("select r from PeriodicReport r join fetch r.unit"
                        + " where r.period = :p", PeriodicReport.class).setParameter("p", period).getResultStream()
                .collect(Collectors.toMap(r -> r.getUnit().getId(), r -> r));
        List<PeriodOverview> rows = new ArrayList<>();
        // today's reporting units, and any unit that reported in the period since left the list
        List<Unit> listed = new ArrayList<>(reportingUnits());
        reports.values().stream().map(PeriodicReport::getUnit).filter(u -> !listed.contains(u))
                .sorted(java.util.Comparator.comparing(Unit::getCode)).forEach(listed::add);
        for (Unit u : listed) {
            PeriodicReport r = reports.get(u.getId());
            rows.add(r == null
                    ? new PeriodOverview(u.getCode(), u.getName(), null, null, null, today.isAfter(period.getDueOn()), null)
                    : new PeriodOverview(u.getCode(), u.getName(), r.getId(), r.getStatus(), r.getFirstSubmittedOn(),
                    r.isLate(today), r.getFigures().getScorecard()));
        }
        return rows;
    }

    /**
     * The provincial report: the accepted reports of the period, consolidated once. Refused while
     * a submitted report waits for review, and when none has been accepted.
     */
    @RolesAllowed(Roles.DIC_MONITOR)
    public void consolidate(long periodId) {
        ReportingPeriod period = period(periodId);
        // waits for any report of the period being changed now, and holds new changes until done
        em.refresh(period, LockModeType.PESSIMISTIC_WRITE);
        Map<ReportStatus, Long> counts = new HashMap<>();
        for (Object[] r : em.createQuery("select r.status, count(r) from PeriodicReport r where r.period = :p"
                + " group by r.status", Object[].class).setParameter("p", period).getResultList()) {
            counts.put((ReportStatus) r[0], (Long) r[1]);
        }
        if (counts.getOrDefault(ReportStatus.SUBMITTED, 0L) > 0) {
            throw new ReportRefusedException("report.refused.pendingReview", counts.get(ReportStatus.SUBMITTED));
        }
        if (counts.getOrDefault(ReportStatus.ACCEPTED, 0L) == 0) {
            throw new ReportRefusedException("report.refused.nothingAccepted");
        }
        period.consolidated(session.getCallerPrincipal().getName(), Instant.now(clock));
        flush();
        audit.record("REPORT_CONSOLIDATED", "reporting_period", period.getId(), PeriodView.of(period).label());
    }

    /** The accepted reports of a period, for the provincial report: the Department's, and public once consolidated. */
    @PermitAll
    public List<ReportView> accepted(long periodId) {
        mustBeReadable(period(periodId), false);
        LocalDate today = today();
        return em.createQuery("select r from PeriodicReport r join fetch r.unit where r.period.id = :p"
                        + " and r.status = :accepted order by r.unit.code", PeriodicReport.class)
                .setParameter("p", periodId).setParameter("accepted", ReportStatus.ACCEPTED).getResultStream()
                .map(r -> ReportView.of(r, today)).toList();
    }

    /** A period: for officials, and for anyone once consolidated. */
    @PermitAll
    public PeriodView periodView(long periodId) {
        ReportingPeriod period = period(periodId);
        mustBeReadable(period, true);
        return PeriodView.of(period);
    }

    /** The Department (and officials, when asked) always; anyone else only a consolidated period. */
    private void mustBeReadable(ReportingPeriod period, boolean officialsToo) {
        boolean department = session.isCallerInRole(Roles.DIC_MONITOR) || session.isCallerInRole(Roles.PROVINCE_ADMIN);
        boolean official = officialsToo && (session.isCallerInRole(Roles.LEADER)
                || session.isCallerInRole(Roles.SPECIALIST) || session.isCallerInRole(Roles.UNIT_ADMIN));
        if (!department && !official && !period.isConsolidated()) {
            throw new EJBAccessException("a period's reports are public once consolidated");
        }
    }

    /**
     * Reports submitted in time over the periods due in a year, per unit code: the ranking's
     * "report timeliness" (a unit with nothing due yet is not ranked on it).
     */
    @RolesAllowed({Roles.DIC_MONITOR, Roles.PROVINCE_ADMIN})
    public Map<String, Double> timeliness(int year) {
        LocalDate today = today();
        List<ReportingPeriod> due = em.createQuery("select p from ReportingPeriod p where p.year = :year"
                + " and p.dueOn < :today", ReportingPeriod.class).setParameter("year", year)
                .setParameter("today", today).getResultList();
        Map<String, Double> result = new HashMap<>();
        if (due.isEmpty()) {
            return result;
        }
        Map<String, Long> inTime = new HashMap<>();
        // a report returned and never sent again does not count, however early it was first sent
        for (Object[] r : em.createQuery("select r.unit.code, count(r) from PeriodicReport r where r.period in :due"
                        + " and r.status in :sent and r.firstSubmittedOn <= r.period.dueOn group by r.unit.code",
                Object[].class).setParameter("due", due)
                .setParameter("sent", List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED)).getResultList()) {
            inTime.put((String) r[0], (Long) r[1]);
        }
        for (Unit u : reportingUnits()) {
            result.put(u.getCode(), inTime.getOrDefault(u.getCode(), 0L) / (double) due.size());
        }
        return result;
    }

    // --- reminders -------------------------------------------------------------------------------

    /**
     * E-mails the leaders of every unit whose report for a period due within the configured days
     * (egov.report.reminder-days) is not submitted yet; once per unit and period.
     *
     * @return the units reminded
     */
    @RolesAllowed(Roles.DIC_MONITOR)
    public int sendReminders() {
        LocalDate today = today();
        int reminded = 0;
        for (ReportingPeriod period : em.createQuery("select p from ReportingPeriod p where p.dueOn between :today"
                        + " and :until and p.consolidatedAt is null", ReportingPeriod.class)
                .setParameter("today", today).setParameter("until", today.plusDays(settings.reportReminderDays()))
                .getResultList()) {
            Set<Long> done = new java.util.HashSet<>(em.createQuery("select r.unit.id from PeriodicReport r"
                            + " where r.period = :p and r.status in :sent", Long.class).setParameter("p", period)
                    .setParameter("sent", List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED)).getResultList());
            @SuppressWarnings("unchecked")
            List<Number> remindedUnits = em.createNativeQuery("SELECT unit_id FROM report_reminder WHERE period_id = ?")
                    .setParameter(1, period.getId()).getResultList();
            remindedUnits.forEach(n -> done.add(n.longValue()));
            PeriodView view = PeriodView.of(period);
            for (Unit u : reportingUnits()) {
                if (done.contains(u.getId())) {
                    continue;
                }
                List<Official> leaders = em.createQuery("select o from Official o join o.account a join a.roles r"
                                + " where o.unit = :u and r = :leader and a.enabled = true and o.email is not null",
                        Official.class).setParameter("u", u).setParameter("leader", Role.LEADER).getResultList();
                if (leaders.isEmpty()) {
                    // nobody to mail yet: tried again tomorrow, when a leader's address may be there
                    continue;
                }
                for (Official leader : leaders) {
                    mailer.send(leader.getEmail(), Locale.forLanguageTag("vi"), "report.reminder", leader.getFullName(),
                            view.label(), VietnamTime.format(period.getDueOn()), u.getName(),
                            settings.publicUrl() + "workspace/monitoring/reports.xhtml");
                }
                em.createNativeQuery("INSERT INTO report_reminder (period_id, unit_id, sent_at) VALUES (?, ?, ?)")
                        .setParameter(1, period.getId()).setParameter(2, u.getId())
                        .setParameter(3, java.sql.Timestamp.from(Instant.now(clock))).executeUpdate();
                reminded++;
            }
        }
        return reminded;
    }

    // --- the machinery ---------------------------------------------------------------------------

    private ReportFigures measured(Unit unit, ReportingPeriod period) {
        DossierStatistics s = statistics.unitFigures(unit.getCode(), period.getStartsOn(), period.getEndsOn());
        Scorecard766 card = statistics.scorecardOf(s);
        return new ReportFigures(s.received(), s.receivedOnline() + s.receivedFromPortal(), s.resolved(),
                s.early() + s.onTime(), s.paidOnline(), card.total());
    }

    private LocalDate periodEnd(long reportId) {
        PeriodicReport r = em.find(PeriodicReport.class, reportId);
        return r == null ? LocalDate.MIN : r.getPeriod().getEndsOn();
    }

    private List<Unit> reportingUnits() {
        return em.createQuery("select u from Unit u where u.active = true and u.kind in :kinds order by u.code",
                Unit.class).setParameter("kinds", REPORTING).getResultList();
    }

    private void change(long id, long version, String audited,
                        java.util.function.BiConsumer<PeriodicReport, Actor> action) {
        Actor me = actor();
        PeriodicReport r = visible(id, me);
        if (r.getVersion() != version) {
            throw new ReportRefusedException("report.refused.stale");
        }
        // the period's row is locked while its report changes, and consolidation locks it too: a report
        // is never submitted into a period that consolidation has just closed
        em.refresh(r.getPeriod(), LockModeType.PESSIMISTIC_WRITE);
        action.accept(r, me);
        flush();
        audit.record(audited, REPORT, r.getId(), r.getUnit().getCode() + " " + r.getStatus());
    }

    private PeriodicReport visible(long id, Actor me) {
        PeriodicReport r = em.find(PeriodicReport.class, id);
        if (r == null || !r.isVisibleTo(me)) {
            throw new NotFoundException(REPORT, id);
        }
        return r;
    }

    private ReportingPeriod period(long id) {
        ReportingPeriod p = em.find(ReportingPeriod.class, id);
        if (p == null) {
            throw new NotFoundException("reporting_period", id);
        }
        return p;
    }

    private Unit unit(String code) {
        return em.createQuery("select u from Unit u where u.code = :code", Unit.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new InvalidInputException("unit", "statistics.unknownUnit"));
    }

    /** Two people at once: the second is told, and nothing is lost. */
    private void flush() {
        Flushes.flush(em, () -> new ReportRefusedException("report.refused.stale"));
    }

    private LocalDate today() {
        return VietnamTime.dateOf(Instant.now(clock));
    }

    /** The caller as an actor: an official with their unit, or the Department without one. */
    private Actor actor() {
        String username = session.getCallerPrincipal().getName();
        OfficialView me = organization.currentOfficial().orElse(null);
        if (me == null) {
            if (session.isCallerInRole(Roles.DIC_MONITOR)) {
                return new Actor(username, username, EnumSet.of(Role.DIC_MONITOR), null);
            }
            if (session.isCallerInRole(Roles.PROVINCE_ADMIN)) {
                return new Actor(username, username, EnumSet.of(Role.PROVINCE_ADMIN), null);
            }
            throw new AccessDeniedException();
        }
        return new Actor(username, me.fullName(), me.roles().isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(me.roles()), me.unit().code());
    }
}
