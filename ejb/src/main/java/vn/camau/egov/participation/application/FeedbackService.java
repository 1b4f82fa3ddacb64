package vn.camau.egov.participation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.catalog.domain.Procedure;
import vn.camau.egov.catalog.domain.ProcedureCode;
import vn.camau.egov.identity.application.ApplicantService;
import vn.camau.egov.identity.application.ApplicantView;
import vn.camau.egov.identity.domain.Actor;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.participation.domain.Feedback;
import vn.camau.egov.participation.domain.FeedbackForm;
import vn.camau.egov.participation.domain.ParticipationRefusedException;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.application.ClientAddress;
import vn.camau.egov.shared.application.Flushes;
import vn.camau.egov.shared.application.Sequences;
import vn.camau.egov.shared.application.Settings;
import vn.camau.egov.shared.application.WorkingCalendars;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;
import vn.camau.egov.shared.domain.Text;
import vn.camau.egov.shared.domain.VietnamTime;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feedback on procedures and regulations (phản ánh, kiến nghị; plan section III): anyone sends it,
 * signed in or with a name and a phone number or e-mail address, within rate limits; it goes to the
 * unit responsible for the procedure (or the unit named for a regulation), which answers within
 * egov.feedback.answer-days working days. Answers are published unless the author asked for
 * privacy; the author rates them. The Decision 766 feedback indicators are counted from it.
 */
@Stateless
public class FeedbackService {

    private static final String FEEDBACK = "feedback";
    private static final int MAX_LISTED = 200;
    private static final String KEY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OrganizationService organization;

    @Inject
    private ApplicantService applicants;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private Sequences sequences;

    @Inject
    private AuditTrail audit;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Anyone: a citizen signed in, or a visitor with name and contact. */
    @PermitAll
    public FeedbackReceipt submit(FeedbackForm form) {
        boolean citizen = session.isCallerInRole(Roles.CITIZEN);
        form.validate(citizen);
        String username = citizen ? session.getCallerPrincipal().getName() : null;
        String name = citizen ? applicants.currentApplicant().map(ApplicantView::fullName).orElse(username)
                : Text.clean(form.name());
        Unit unit = responsibleUnit(form);
        Instant now = Instant.now(clock);
        Instant hourAgo = now.minus(1, ChronoUnit.HOURS);
        String address = clientAddress.get();
        long byAccount = username == null ? 0 : em.createQuery("select count(f) from Feedback f"
                        + " where f.authorUsername = :u and f.createdAt > :since", Long.class)
                .setParameter("u", username).setParameter("since", hourAgo).getSingleResult();
        long byAddress = address == null ? 0 : em.createQuery("select count(f) from Feedback f"
                        + " where f.clientAddress = :a and f.createdAt > :since", Long.class)
                .setParameter("a", address).setParameter("since", hourAgo).getSingleResult();
        if (byAccount >= settings.feedbackPerHourPerAccount() || byAddress >= settings.feedbackPerHourPerAddress()) {
            throw new ParticipationRefusedException("feedback.refused.rate");
        }
        LocalDate today = VietnamTime.dateOf(now);
        String code = String.format("PAKN-%d-%06d", today.getYear(), sequences.next("feedback:" + today.getYear()));
        Feedback f = Feedback.receive(code, key(), unit, form, username, name, address, today,
                calendars.current().addWorkingDays(today, settings.feedbackAnswerDays()), now);
        em.persist(f);
        em.flush();
        audit.record("FEEDBACK_RECEIVED", FEEDBACK, f.getId(), code + " → " + unit.getCode());
        return new FeedbackReceipt(code, f.getAccessKey(), unit.getName(), f.getDueOn());
    }

    /** A published answer for anyone; everything for its author (account or key) and its unit. */
    @PermitAll
    public FeedbackView view(String code, String key) {
        Feedback f = find(code);
        if (!(f.isPublic() || f.isAuthor(caller(), key) || isOwnUnit(f))) {
            throw new NotFoundException(FEEDBACK, code);
        }
        return FeedbackView.of(f, today());
    }

    /** The published answers, newest first. */
    @PermitAll
    public Page<FeedbackView> published(PageRequest page) {
        LocalDate today = today();
        List<FeedbackView> items = em.createQuery("select f from Feedback f join fetch f.unit where f.privateAnswer = false"
                        + " and f.answeredAt is not null order by f.answeredAt desc, f.id desc", Feedback.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(f -> FeedbackView.of(f, today)).toList();
        long total = em.createQuery("select count(f) from Feedback f where f.privateAnswer = false"
                + " and f.answeredAt is not null", Long.class).getSingleResult();
        return new Page<>(items, total, page);
    }

    /** The author rates the answer, once. */
    @PermitAll
    public void rate(String code, String key, boolean satisfied) {
        Feedback f = find(code);
        if (!f.isAuthor(caller(), key)) {
            throw new NotFoundException(FEEDBACK, code);
        }
        f.rate(satisfied, Instant.now(clock));
        Flushes.flush(em, () -> new ParticipationRefusedException("feedback.refused.rated"));
        audit.record("FEEDBACK_RATED", FEEDBACK, f.getId(), satisfied ? "satisfied" : "unsatisfied");
    }

    /** The caller's unit's feedback awaiting an answer, the earliest due first. */
    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER})
    public List<FeedbackView> unitQueue() {
        LocalDate today = today();
        return em.createQuery("select f from Feedback f join fetch f.unit where f.unit.code = :unit"
                        + " and f.answeredOn is null order by f.dueOn, f.id", Feedback.class)
                .setParameter("unit", official().unitCode()).setMaxResults(MAX_LISTED).getResultStream()
                .map(f -> FeedbackView.of(f, today)).toList();
    }

    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER})
    public void answer(String code, long version, String text) {
        Actor me = official();
        Feedback f = find(code);
        if (!me.worksIn(f.getUnit().getCode())) {
            throw new NotFoundException(FEEDBACK, code);
        }
        if (f.getVersion() != version) {
            throw new ParticipationRefusedException("consultation.refused.stale");
        }
        f.answer(me, text, today(), Instant.now(clock));
        Flushes.flush(em, () -> new ParticipationRefusedException("consultation.refused.stale"));
        audit.record("FEEDBACK_ANSWERED", FEEDBACK, f.getId(), code);
    }

    /**
     * Every active unit's feedback indicators over a period (at most a year), from two grouped
     * aggregates and one count of what is overdue now: public, as the statistics are.
     */
    @PermitAll
    public List<FeedbackIndicators> indicators(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= 367) {
            throw new InvalidInputException("to", "statistics.period", 367);
        }
        Map<Long, long[]> c = new HashMap<>();
        for (Object[] r : em.createQuery("select f.unit.id, count(f) from Feedback f where f.receivedOn between :from"
                + " and :to group by f.unit.id", Object[].class).setParameter("from", from).setParameter("to", to)
                .getResultList()) {
            c.computeIfAbsent((Long) r[0], k -> new long[6])[0] += ((Number) r[1]).longValue();
        }
        for (Object[] r : em.createQuery("select f.unit.id, f.onTime, f.satisfied, count(f) from Feedback f"
                + " where f.answeredOn between :from and :to group by f.unit.id, f.onTime, f.satisfied", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            long[] u = c.computeIfAbsent((Long) r[0], k -> new long[6]);
            long n = ((Number) r[3]).longValue();
            u[1] += n;
            u[2] += Boolean.TRUE.equals(r[1]) ? n : 0;
            u[3] += r[2] == null ? 0 : n;
            u[4] += Boolean.TRUE.equals(r[2]) ? n : 0;
        }
        for (Object[] r : em.createQuery("select f.unit.id, count(f) from Feedback f where f.answeredOn is null"
                + " and f.dueOn < :today group by f.unit.id", Object[].class).setParameter("today", today())
                .getResultList()) {
            c.computeIfAbsent((Long) r[0], k -> new long[6])[5] += ((Number) r[1]).longValue();
        }
        List<FeedbackIndicators> rows = new ArrayList<>();
        for (Unit u : em.createQuery("select u from Unit u where u.active = true order by u.code", Unit.class)
                .getResultList()) {
            long[] v = c.getOrDefault(u.getId(), new long[6]);
            rows.add(new FeedbackIndicators(u.getCode(), u.getName(), v[0], v[1], v[2], v[3], v[4], v[5]));
        }
        return rows;
    }

    // --- the machinery ---------------------------------------------------------------------------

    private Unit responsibleUnit(FeedbackForm form) {
        String procedure = Text.clean(form.procedureCode());
        if (procedure != null) {
            if (!ProcedureCode.isValid(procedure)) {
                throw new InvalidInputException("procedureCode", "feedback.procedure.unknown");
            }
            return em.createNamedQuery("Procedure.findByCode", Procedure.class)
                    .setParameter("code", new ProcedureCode(procedure)).getResultStream().filter(Procedure::isActive)
                    .findFirst().map(Procedure::getUnit)
                    .orElseThrow(() -> new InvalidInputException("procedureCode", "feedback.procedure.unknown"));
        }
        return em.createQuery("select u from Unit u where u.code = :code and u.active = true", Unit.class)
                .setParameter("code", Text.clean(form.unitCode())).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("unitCode", "statistics.unknownUnit"));
    }

    private Feedback find(String code) {
        return em.createQuery("select f from Feedback f join fetch f.unit where f.code = :code", Feedback.class)
                .setParameter("code", code == null ? "" : code.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(FEEDBACK, code));
    }

    /** The signed-in citizen's username, or null for anyone else. */
    private String caller() {
        return session.isCallerInRole(Roles.CITIZEN) ? session.getCallerPrincipal().getName() : null;
    }

    private boolean isOwnUnit(Feedback f) {
        boolean official = session.isCallerInRole(Roles.SPECIALIST) || session.isCallerInRole(Roles.LEADER);
        return official && organization.currentOfficial().map(o -> o.unit().code().equals(f.getUnit().getCode()))
                .orElse(false);
    }

    private static String key() {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            key.append(KEY_ALPHABET.charAt(RANDOM.nextInt(KEY_ALPHABET.length())));
        }
        return key.toString();
    }

    private LocalDate today() {
        return VietnamTime.dateOf(Instant.now(clock));
    }

    private Actor official() {
        return organization.currentActor();
    }
}
