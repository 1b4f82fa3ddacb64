package vn.camau.egov.participation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.identity.application.ApplicantService;
import vn.camau.egov.identity.application.ApplicantView;
import vn.camau.egov.identity.domain.Actor;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.organization.domain.UnitRepository;
import vn.camau.egov.participation.domain.Comment;
import vn.camau.egov.participation.domain.CommentStatus;
import vn.camau.egov.participation.domain.Consultation;
import vn.camau.egov.participation.domain.ConsultationArticle;
import vn.camau.egov.participation.domain.ConsultationContent;
import vn.camau.egov.participation.domain.ParticipationRefusedException;
import vn.camau.egov.participation.domain.Phase;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.application.ClientAddress;
import vn.camau.egov.shared.application.ExportFormat;
import vn.camau.egov.shared.application.FileContent;
import vn.camau.egov.shared.application.FileStore;
import vn.camau.egov.shared.application.Flushes;
import vn.camau.egov.shared.application.ReportTable;
import vn.camau.egov.shared.application.Settings;
import vn.camau.egov.shared.application.Upload;
import vn.camau.egov.shared.application.UploadCheck;
import vn.camau.egov.shared.domain.AccessDeniedException;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;
import vn.camau.egov.shared.domain.StoredFile;
import vn.camau.egov.shared.domain.VietnamTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Consultations on draft policies (plan section III: wider channels for people's input on policy):
 * a unit drafts and its leader publishes a draft divided into articles; during its period signed-in
 * citizens and businesses comment on the whole draft or on an article, within rate limits; the unit
 * publishes or rejects each comment (with a reason the author sees) and answers published ones;
 * after the period it publishes the synthesis, which prints as PDF or XLSX.
 */
@Stateless
public class ConsultationService {

    private static final String CONSULTATION = "consultation";
    private static final String COMMENT = "consultation_comment";
    /** A unit's own list and its moderation queue, at once. */
    private static final int MAX_LISTED = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UnitRepository units;

    @Inject
    private OrganizationService organization;

    @Inject
    private ApplicantService applicants;

    @Inject
    private FileStore files;

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

    // --- the unit's drafts -----------------------------------------------------------------------

    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER})
    public long draft(ConsultationContent content, List<Upload> uploads) {
        Actor me = official();
        Unit unit = units.findByCode(me.unitCode()).orElseThrow(AccessDeniedException::new);
        List<StoredFile> stored = storeAll(content, uploads);
        Consultation c = Consultation.draft(unit, me, content, stored, Instant.now(clock));
        em.persist(c);
        em.flush();
        audit.record("CONSULTATION_DRAFTED", CONSULTATION, c.getId(), c.getTitle());
        return c.getId();
    }

    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER})
    public void revise(long id, long version, ConsultationContent content, List<Upload> uploads) {
        change(id, version, "CONSULTATION_REVISED", (c, me) -> c.revise(me, content, storeAll(content, uploads)));
    }

    @RolesAllowed(Roles.LEADER)
    public void publish(long id, long version) {
        change(id, version, "CONSULTATION_PUBLISHED", (c, me) -> c.publish(me, today(), Instant.now(clock)));
    }

    @RolesAllowed(Roles.LEADER)
    public void writeSynthesis(long id, long version, String text) {
        change(id, version, "CONSULTATION_SYNTHESIS", (c, me) -> c.writeSynthesis(me, text, today(), Instant.now(clock)));
    }

    /** The caller's unit's consultations, newest first. */
    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.UNIT_ADMIN})
    public List<ConsultationSummary> unitConsultations() {
        LocalDate today = today();
        return em.createQuery("select c from Consultation c join fetch c.unit where c.unit.code = :unit"
                        + " order by c.createdAt desc", Consultation.class).setParameter("unit", official().unitCode())
                .setMaxResults(MAX_LISTED).getResultStream().map(c -> summary(c, today)).toList();
    }

    // --- the public ------------------------------------------------------------------------------

    /** Published consultations in a phase: open ones closing soonest first, upcoming opening soonest, closed latest first. */
    @PermitAll
    public Page<ConsultationSummary> published(Phase phase, PageRequest page) {
        LocalDate today = today();
        String where = switch (phase == null ? Phase.OPEN : phase) {
            case UPCOMING -> "c.opensOn > :today order by c.opensOn, c.id";
            case CLOSED -> "c.closesOn < :today order by c.closesOn desc, c.id desc";
            default -> "c.opensOn <= :today and c.closesOn >= :today order by c.closesOn, c.id";
        };
        List<ConsultationSummary> items = em.createQuery("select c from Consultation c join fetch c.unit"
                        + " where c.published = true and " + where, Consultation.class)
                .setParameter("today", today).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(c -> summary(c, today)).toList();
        long total = em.createQuery("select count(c) from Consultation c where c.published = true and "
                        + where.substring(0, where.indexOf(" order by")), Long.class)
                .setParameter("today", today).getSingleResult();
        return new Page<>(items, total, page);
    }

    /** A published consultation for anyone; a draft for its unit's officials only. */
    @PermitAll
    public ConsultationView view(long id) {
        Consultation c = visible(id);
        Map<Long, Long> counts = new HashMap<>();
        long general = 0;
        for (Object[] r : em.createQuery("select a.id, count(m) from Comment m left join m.article a"
                        + " where m.consultation = :c and m.status = :published group by a.id", Object[].class)
                .setParameter("c", c).setParameter("published", CommentStatus.PUBLISHED).getResultList()) {
            if (r[0] == null) {
                general = ((Number) r[1]).longValue();
            } else {
                counts.put((Long) r[0], ((Number) r[1]).longValue());
            }
        }
        return new ConsultationView(c.getId(), c.getVersion(), c.getTitle(), c.getSummary(), c.getUnit().getCode(),
                c.getUnit().getName(), c.getOpensOn(), c.getClosesOn(), c.phase(today()), c.getSynthesis(),
                c.getSynthesisAt(), c.getArticles().stream().map(a -> new ConsultationView.ArticleView(a.getId(),
                        a.getPosition(), a.getHeading(), a.getBody(), counts.getOrDefault(a.getId(), 0L))).toList(),
                general, c.getFiles().stream().map(f -> new ConsultationView.FileRef(f.getId(), f.getName())).toList());
    }

    /** The published comments (with their answers) on a consultation, or on one of its articles. */
    @PermitAll
    public Page<CommentView> publishedComments(long id, Long articleId, PageRequest page) {
        Consultation c = visible(id);
        String where = " where m.consultation = :c and m.status = :published"
                + (articleId == null ? "" : " and m.article.id = :article");
        var items = em.createQuery("select m from Comment m left join fetch m.article" + where
                        + " order by m.createdAt, m.id", Comment.class)
                .setParameter("c", c).setParameter("published", CommentStatus.PUBLISHED);
        var count = em.createQuery("select count(m) from Comment m" + where, Long.class)
                .setParameter("c", c).setParameter("published", CommentStatus.PUBLISHED);
        if (articleId != null) {
            items.setParameter("article", articleId);
            count.setParameter("article", articleId);
        }
        return new Page<>(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(CommentView::of).toList(), count.getSingleResult(), page);
    }

    @PermitAll
    public FileContent file(long id, long fileId) {
        return visible(id).getFiles().stream().filter(f -> f.getId() == fileId).findFirst().map(FileContent::of)
                .orElseThrow(() -> new NotFoundException("stored_file", fileId));
    }

    // --- citizens' comments ----------------------------------------------------------------------

    /**
     * A signed-in citizen or business comments on the draft (articleId null) or on one article,
     * while the consultation is open and within the rate limits per account and per address. The
     * comment waits for moderation.
     */
    @RolesAllowed(Roles.CITIZEN)
    public long comment(long id, Long articleId, String body) {
        Consultation c = visible(id);
        ConsultationArticle article = articleId == null ? null : c.article(articleId);
        String username = session.getCallerPrincipal().getName();
        String name = applicants.currentApplicant().map(ApplicantView::fullName).orElse(username);
        Instant now = Instant.now(clock);
        Instant hourAgo = now.minus(1, ChronoUnit.HOURS);
        long byAccount = em.createQuery("select count(m) from Comment m where m.authorUsername = :u and m.createdAt > :since",
                Long.class).setParameter("u", username).setParameter("since", hourAgo).getSingleResult();
        String address = clientAddress.get();
        long byAddress = address == null ? 0 : em.createQuery("select count(m) from Comment m"
                        + " where m.clientAddress = :a and m.createdAt > :since", Long.class)
                .setParameter("a", address).setParameter("since", hourAgo).getSingleResult();
        if (byAccount >= settings.commentsPerHourPerAccount() || byAddress >= settings.commentsPerHourPerAddress()) {
            throw new ParticipationRefusedException("comment.refused.rate");
        }
        Comment comment = Comment.on(c, article, Actor.citizen(username, name), body, address, today(), now);
        em.persist(comment);
        em.flush();
        audit.record("COMMENT_SUBMITTED", COMMENT, comment.getId(), "consultation " + id);
        return comment.getId();
    }

    /** The caller's own comments, newest first, with their status, the reason of a rejection and the answer. */
    @RolesAllowed(Roles.CITIZEN)
    public Page<CommentView> myComments(PageRequest page) {
        String username = session.getCallerPrincipal().getName();
        List<CommentView> items = em.createQuery("select m from Comment m join fetch m.consultation"
                        + " left join fetch m.article where m.authorUsername = :u order by m.createdAt desc, m.id desc", Comment.class)
                .setParameter("u", username).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(CommentView::of).toList();
        long total = em.createQuery("select count(m) from Comment m where m.authorUsername = :u", Long.class)
                .setParameter("u", username).getSingleResult();
        return new Page<>(items, total, page);
    }

    // --- moderation and answers ------------------------------------------------------------------

    /** The caller's unit's comments waiting for moderation, oldest first. */
    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER})
    public List<CommentView> moderationQueue() {
        return em.createQuery("select m from Comment m join fetch m.consultation c left join fetch m.article"
                        + " where c.unit.code = :unit and m.status = :pending order by m.createdAt, m.id", Comment.class)
                .setParameter("unit", official().unitCode()).setParameter("pending", CommentStatus.PENDING)
                .setMaxResults(MAX_LISTED).getResultStream().map(CommentView::of).toList();
    }

    /** The caller's unit's published comments still without an answer, oldest first. */
    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER})
    public List<CommentView> unanswered() {
        return em.createQuery("select m from Comment m join fetch m.consultation c left join fetch m.article"
                        + " where c.unit.code = :unit and m.status = :published and m.answer is null order by m.createdAt, m.id", Comment.class)
                .setParameter("unit", official().unitCode()).setParameter("published", CommentStatus.PUBLISHED)
                .setMaxResults(MAX_LISTED).getResultStream().map(CommentView::of).toList();
    }

    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER})
    public void publishComment(long commentId, long version) {
        moderate(commentId, version, "COMMENT_PUBLISHED", (m, me) -> m.publish(me, Instant.now(clock)));
    }

    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER})
    public void rejectComment(long commentId, long version, String reason) {
        moderate(commentId, version, "COMMENT_REJECTED", (m, me) -> m.reject(me, reason, Instant.now(clock)));
    }

    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER})
    public void answer(long commentId, long version, String text) {
        moderate(commentId, version, "COMMENT_ANSWERED", (m, me) -> m.answer(me, text, Instant.now(clock)));
    }

    // --- the synthesis ---------------------------------------------------------------------------

    /**
     * The synthesis of a closed consultation as a document: the unit's text, the published
     * comments counted per article, and every published comment with its answer. Public once
     * written; before that, for the unit only.
     */
    @PermitAll
    public byte[] synthesis(long id, ExportFormat format) {
        Consultation c = visible(id);
        if (c.getSynthesis() == null && !isOwnUnit(c)) {
            throw new NotFoundException(CONSULTATION, id);
        }
        ConsultationView v = view(id);
        List<List<Object>> perArticle = new ArrayList<>();
        perArticle.add(List.of("Toàn bộ dự thảo", v.generalComments()));
        v.articles().forEach(a -> perArticle.add(List.of(a.heading(), a.comments())));
        List<List<Object>> comments = new ArrayList<>();
        for (Comment m : em.createQuery("select m from Comment m left join fetch m.article where m.consultation = :c"
                + " and m.status = :published order by m.createdAt, m.id", Comment.class).setParameter("c", c)
                .setParameter("published", CommentStatus.PUBLISHED).getResultList()) {
            comments.add(List.of(m.getArticle() == null ? "Toàn bộ dự thảo" : m.getArticle().getHeading(),
                    m.getAuthorName(), m.getBody(), m.getAnswer() == null ? "—" : m.getAnswer()));
        }
        String period = "Thời gian lấy ý kiến: " + VietnamTime.format(c.getOpensOn()) + " – "
                + VietnamTime.format(c.getClosesOn());
        return format.render(c.getUnit().getName(), List.of(
                new ReportTable("Báo cáo tổng hợp ý kiến: " + c.getTitle(), List.of(period),
                        List.of("Nội dung"), List.<List<Object>>of(List.of(c.getSynthesis() == null
                                ? "(Chưa có báo cáo tổng hợp)" : c.getSynthesis())), List.of()),
                new ReportTable("Số ý kiến theo điều", List.of(), List.of("Điều, mục", "Số ý kiến đã công bố"),
                        perArticle, List.of()),
                new ReportTable("Ý kiến và trả lời", List.of(), List.of("Điều, mục", "Người góp ý", "Ý kiến", "Trả lời"),
                        comments, List.of())));
    }

    // --- the machinery ---------------------------------------------------------------------------

    private ConsultationSummary summary(Consultation c, LocalDate today) {
        return new ConsultationSummary(c.getId(), c.getTitle(), c.getUnit().getName(), c.getOpensOn(), c.getClosesOn(),
                c.phase(today), c.getSynthesis() != null);
    }

    private void change(long id, long version, String audited, BiConsumer<Consultation, Actor> action) {
        Actor me = official();
        Consultation c = em.find(Consultation.class, id);
        if (c == null || !c.isVisibleTo(me)) {
            throw new NotFoundException(CONSULTATION, id);
        }
        if (c.getVersion() != version) {
            throw new ParticipationRefusedException("consultation.refused.stale");
        }
        action.accept(c, me);
        Flushes.flush(em, () -> new ParticipationRefusedException("consultation.refused.stale"));
        audit.record(audited, CONSULTATION, c.getId(), c.getTitle());
    }

    private void moderate(long commentId, long version, String audited, BiConsumer<Comment, Actor> action) {
        Actor me = official();
        Comment m = em.find(Comment.class, commentId);
        if (m == null || !me.worksIn(m.getConsultation().getUnit().getCode())) {
            throw new NotFoundException(COMMENT, commentId);
        }
        if (m.getVersion() != version) {
            throw new ParticipationRefusedException("consultation.refused.stale");
        }
        action.accept(m, me);
        Flushes.flush(em, () -> new ParticipationRefusedException("consultation.refused.stale"));
        audit.record(audited, COMMENT, m.getId(), m.getStatus().name());
    }

    private Consultation visible(long id) {
        Consultation c = em.find(Consultation.class, id);
        if (c == null || !(c.isPublished() || isOwnUnit(c))) {
            throw new NotFoundException(CONSULTATION, id);
        }
        return c;
    }

    /** Whether the caller is an official of the consultation's unit (the public and citizens are not). */
    private boolean isOwnUnit(Consultation c) {
        boolean official = session.isCallerInRole(Roles.SPECIALIST) || session.isCallerInRole(Roles.LEADER)
                || session.isCallerInRole(Roles.UNIT_ADMIN);
        return official && organization.currentOfficial().map(o -> o.unit().code().equals(c.getUnit().getCode()))
                .orElse(false);
    }

    /** Every file checked first, then stored: a refusal leaves nothing behind. */
    private List<StoredFile> storeAll(ConsultationContent content, List<Upload> uploads) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Upload u : uploads) {
            UploadCheck.check("files", u, settings.maxFileBytes(), problems);
        }
        try {
            content.validated();
        } catch (InvalidInputException e) {
            problems.addAll(0, e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return uploads.stream().map(u -> files.store("files", u)).toList();
    }

    private LocalDate today() {
        return VietnamTime.dateOf(Instant.now(clock));
    }

    private Actor official() {
        return organization.currentActor();
    }
}
