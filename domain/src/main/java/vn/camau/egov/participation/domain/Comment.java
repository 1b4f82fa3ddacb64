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
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.Text;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A comment on a consultation, on the whole draft or on one article. Stored as typed (plain text,
 * NFC; pages escape it), shown to the public only once the unit publishes it; rejected with a
 * reason its author sees; answered by the unit once published.
 */
@Entity
@Table(name = "consultation_comment")
public class Comment {

    public static final int BODY = 4000;
    public static final int REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_comment_seq")
    @SequenceGenerator(name = "consultation_comment_seq", sequenceName = "consultation_comment_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id", nullable = false)
    private Consultation consultation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    private ConsultationArticle article;

    @Column(name = "author_username", nullable = false, length = 64)
    private String authorUsername;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Lob
    @Column(name = "body", nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CommentStatus status = CommentStatus.PENDING;

    @Column(name = "reject_reason", length = REASON)
    private String rejectReason;

    @Column(name = "moderated_by", length = 64)
    private String moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Lob
    @Column(name = "answer")
    private String answer;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    protected Comment() {
        // for JPA
    }

    /** Only while the consultation is open; the text must be there, within the limit, without control characters. */
    public static Comment on(Consultation consultation, ConsultationArticle article, Actor author, String body,
                             String clientAddress, LocalDate today, Instant now) {
        if (consultation.phase(today) != Phase.OPEN) {
            throw new ParticipationRefusedException("comment.refused.notOpen");
        }
        String text = checked(body, "body", BODY);
        Comment c = new Comment();
        c.consultation = consultation;
        c.article = article;
        c.authorUsername = author.username();
        c.authorName = author.name();
        c.body = text;
        c.createdAt = now;
        c.clientAddress = clientAddress == null ? null : clientAddress.substring(0, Math.min(64, clientAddress.length()));
        return c;
    }

    public void publish(Actor moderator, Instant now) {
        mustBeUnitOf(moderator);
        if (status != CommentStatus.PENDING) {
            throw new ParticipationRefusedException("comment.refused.state");
        }
        status = CommentStatus.PUBLISHED;
        moderatedBy = moderator.username();
        moderatedAt = now;
    }

    public void reject(Actor moderator, String reason, Instant now) {
        mustBeUnitOf(moderator);
        if (status != CommentStatus.PENDING) {
            throw new ParticipationRefusedException("comment.refused.state");
        }
        rejectReason = checked(reason, "reason", REASON);
        status = CommentStatus.REJECTED;
        moderatedBy = moderator.username();
        moderatedAt = now;
    }

    /** The unit answers a published comment (and may correct its answer). */
    public void answer(Actor official, String text, Instant now) {
        mustBeUnitOf(official);
        if (status != CommentStatus.PUBLISHED) {
            throw new ParticipationRefusedException("comment.refused.notPublished");
        }
        answer = checked(text, "answer", BODY);
        answeredBy = official.username();
        answeredAt = now;
    }

    private void mustBeUnitOf(Actor actor) {
        if (!actor.worksIn(consultation.getUnit().getCode())) {
            throw new ParticipationRefusedException("consultation.refused.notYourUnit");
        }
    }

    private static String checked(String value, String field, int max) {
        String t = Text.clean(value);
        if (t == null || t.length() > max || Text.hasControlCharacters(t)) {
            throw new InvalidInputException(field, "comment.text.invalid", max);
        }
        return t;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public ConsultationArticle getArticle() {
        return article;
    }

    public String getAuthorUsername() {
        return authorUsername;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public CommentStatus getStatus() {
        return status;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
