package vn.camau.egov.participation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.identity.domain.Actor;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.organization.domain.UnitRepository;
import vn.camau.egov.participation.domain.Notice;
import vn.camau.egov.participation.domain.NoticeKind;
import vn.camau.egov.participation.domain.ParticipationRefusedException;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.application.Flushes;
import vn.camau.egov.shared.domain.AccessDeniedException;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The portal's information pages (plan section III: publish what the government does): news,
 * announcements and public procurement notices of the units, written as plain text by their
 * officials and published by their leader or administrator.
 */
@Stateless
public class NoticeService {

    private static final String NOTICE = "notice";
    private static final int MAX_LISTED = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UnitRepository units;

    @Inject
    private OrganizationService organization;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.UNIT_ADMIN})
    public long draft(NoticeKind kind, String title, String body, LocalDate closesOn) {
        Actor me = official();
        Unit unit = units.findByCode(me.unitCode()).orElseThrow(AccessDeniedException::new);
        Notice n = Notice.draft(unit, me, kind, title, body, closesOn, Instant.now(clock));
        em.persist(n);
        em.flush();
        audit.record("NOTICE_DRAFTED", NOTICE, n.getId(), n.getTitle());
        return n.getId();
    }

    /** Published on the portal, or withdrawn from it. */
    @RolesAllowed({Roles.LEADER, Roles.UNIT_ADMIN})
    public void publish(long id, long version, boolean publish) {
        Actor me = official();
        Notice n = em.find(Notice.class, id);
        if (n == null || !me.worksIn(n.getUnit().getCode())) {
            throw new NotFoundException(NOTICE, id);
        }
        if (n.getVersion() != version) {
            throw new ParticipationRefusedException("consultation.refused.stale");
        }
        n.publish(me, publish, Instant.now(clock));
        Flushes.flush(em, () -> new ParticipationRefusedException("consultation.refused.stale"));
        audit.record(publish ? "NOTICE_PUBLISHED" : "NOTICE_WITHDRAWN", NOTICE, n.getId(), n.getTitle());
    }

    /** The caller's unit's notices, newest first. */
    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.UNIT_ADMIN})
    public List<NoticeView> unitNotices() {
        return em.createQuery("select n from Notice n join fetch n.unit where n.unit.code = :unit"
                        + " order by n.createdAt desc", Notice.class).setParameter("unit", official().unitCode())
                .setMaxResults(MAX_LISTED).getResultStream().map(NoticeView::of).toList();
    }

    @PermitAll
    public Page<NoticeView> published(NoticeKind kind, PageRequest page) {
        NoticeKind k = kind == null ? NoticeKind.NEWS : kind;
        List<NoticeView> items = em.createQuery("select n from Notice n join fetch n.unit where n.published = true"
                        + " and n.kind = :kind order by n.publishedAt desc, n.id desc", Notice.class)
                .setParameter("kind", k).setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(NoticeView::of).toList();
        long total = em.createQuery("select count(n) from Notice n where n.published = true and n.kind = :kind",
                Long.class).setParameter("kind", k).getSingleResult();
        return new Page<>(items, total, page);
    }

    @PermitAll
    public NoticeView view(long id) {
        Notice n = em.find(Notice.class, id);
        if (n == null || !n.isPublished()) {
            throw new NotFoundException(NOTICE, id);
        }
        return NoticeView.of(n);
    }

    private Actor official() {
        return organization.currentActor();
    }
}
