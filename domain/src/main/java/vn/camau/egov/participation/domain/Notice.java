package vn.camau.egov.participation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.camau.egov.identity.domain.Actor;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's news item, announcement or procurement notice on the portal. Its text is plain text
 * (paragraphs by line breaks): no markup is stored, so none can be rendered; the pages escape it.
 * Written by the unit's officials, published or withdrawn by its leader or administrator.
 */
@Entity
@Table(name = "notice")
public class Notice {

    public static final int TITLE = 500;
    public static final int BODY = 50_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private NoticeKind kind;

    @Column(nullable = false, length = TITLE)
    private String title;

    @Lob
    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Notice() {
        // for JPA
    }

    /** A draft; every problem at once, by field. A procurement notice needs the day bids close. */
    public static Notice draft(Unit unit, Actor by, NoticeKind kind, String title, String body, LocalDate closesOn,
                               Instant now) {
        if (!by.worksIn(unit.getCode())) {
            throw new ParticipationRefusedException("consultation.refused.notYourUnit");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "notice.kind.required"));
        }
        String t = Text.clean(title);
        if (t == null || t.length() > TITLE || Text.hasControlCharacters(t)) {
            problems.add(new FieldProblem("title", "notice.title.invalid", TITLE));
        }
        String b = Text.clean(body);
        if (b == null || b.length() > BODY || Text.hasControlCharacters(b)) {
            problems.add(new FieldProblem("body", "notice.body.invalid", BODY));
        }
        if (kind == NoticeKind.PROCUREMENT && closesOn == null) {
            problems.add(new FieldProblem("closesOn", "notice.closesOn.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Notice n = new Notice();
        n.unit = unit;
        n.kind = kind;
        n.title = t;
        n.body = b;
        n.closesOn = kind == NoticeKind.PROCUREMENT ? closesOn : null;
        n.createdBy = by.username();
        n.createdAt = now;
        return n;
    }

    /** The leader or the unit's administrator publishes it, or withdraws it from the portal. */
    public void publish(Actor by, boolean publish, Instant now) {
        if (!by.worksIn(unit.getCode())) {
            throw new ParticipationRefusedException("consultation.refused.notYourUnit");
        }
        if (!by.has(Role.LEADER) && !by.has(Role.UNIT_ADMIN)) {
            throw new ParticipationRefusedException("notice.refused.notLeader");
        }
        published = publish;
        publishedAt = publish ? now : publishedAt;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Unit getUnit() {
        return unit;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
