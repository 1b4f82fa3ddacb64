package vn.camau.egov.participation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.Text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Feedback on a procedure or a regulation (phản ánh, kiến nghị), routed to the responsible unit,
 * which answers by its due date (working days from receipt). The answer is published unless the
 * author asked for privacy; the author, and only the author (by account, or by the code and the
 * key given on receipt), rates it.
 */
@Entity
@Table(name = "feedback")
public class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_seq")
    @SequenceGenerator(name = "feedback_seq", sequenceName = "feedback_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    /** Given to the author on receipt: with the code, it opens and rates the feedback without an account. */
    @Column(name = "access_key", nullable = false, length = 32)
    private String accessKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "procedure_code", length = 40)
    private String procedureCode;

    @Column(length = FeedbackForm.REGULATION)
    private String regulation;

    @Column(nullable = false, length = FeedbackForm.TITLE)
    private String title;

    @Lob
    @Column(name = "content", nullable = false)
    private String content;

    @Column(name = "author_username", length = 64)
    private String authorUsername;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "author_phone", length = 16)
    private String authorPhone;

    @Column(name = "author_email", length = 254)
    private String authorEmail;

    @Column(name = "private_answer", nullable = false)
    private boolean privateAnswer;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Lob
    @Column(name = "answer")
    private String answer;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "on_time")
    private Boolean onTime;

    private Boolean satisfied;

    @Column(name = "rated_at")
    private Instant ratedAt;

    protected Feedback() {
        // for JPA
    }

    /** Received today, due the given day; the form was validated by the caller for the author's case. */
    public static Feedback receive(String code, String accessKey, Unit unit, FeedbackForm form, String authorUsername,
                                   String authorName, String clientAddress, LocalDate today, LocalDate dueOn,
                                   Instant now) {
        Feedback f = new Feedback();
        f.code = code;
        f.accessKey = accessKey;
        f.unit = unit;
        f.procedureCode = Text.clean(form.procedureCode());
        f.regulation = Text.clean(form.regulation());
        f.title = Text.clean(form.title());
        f.content = Text.clean(form.content());
        f.privateAnswer = form.privateAnswer();
        f.authorUsername = authorUsername;
        f.authorName = authorName;
        f.authorPhone = authorUsername == null ? Text.normalisePhone(form.phone()) : null;
        f.authorEmail = authorUsername == null ? Text.clean(form.email()) : null;
        f.receivedOn = today;
        f.dueOn = dueOn;
        f.createdAt = now;
        f.clientAddress = clientAddress == null ? null : clientAddress.substring(0, Math.min(64, clientAddress.length()));
        return f;
    }

    /**
     * The unit answers (and may correct its answer until the author rates it); on time, and dated,
     * by its first answer.
     */
    public void answer(Actor official, String text, LocalDate today, Instant now) {
        if (!official.worksIn(unit.getCode())) {
            throw new ParticipationRefusedException("feedback.refused.notYourUnit");
        }
        String t = Text.clean(text);
        if (t == null || t.length() > FeedbackForm.CONTENT || Text.hasControlCharacters(t)) {
            throw new InvalidInputException("answer", "comment.text.invalid", FeedbackForm.CONTENT);
        }
        if (ratedAt != null) {
            throw new ParticipationRefusedException("feedback.refused.rated");
        }
        if (answeredOn == null) {
            answeredOn = today;
            answeredAt = now;
            onTime = !today.isAfter(dueOn);
        }
        answer = t;
        answeredBy = official.username();
    }

    /** The author rates the answer, once. */
    public void rate(boolean satisfiedWithAnswer, Instant now) {
        if (answer == null) {
            throw new ParticipationRefusedException("feedback.refused.notAnswered");
        }
        if (ratedAt != null) {
            throw new ParticipationRefusedException("feedback.refused.rated");
        }
        satisfied = satisfiedWithAnswer;
        ratedAt = now;
    }

    /** The author: their account, or the code's key. */
    public boolean isAuthor(String username, String key) {
        // the key compared in constant time: how long a wrong guess takes says nothing about the right one
        return (username != null && username.equals(authorUsername)) || (key != null && MessageDigest.isEqual(
                key.getBytes(StandardCharsets.UTF_8), accessKey.getBytes(StandardCharsets.UTF_8)));
    }

    public boolean isPublic() {
        return answer != null && !privateAnswer;
    }

    public boolean isOverdue(LocalDate today) {
        return answeredOn == null && today.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public String getRegulation() {
        return regulation;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public boolean isPrivateAnswer() {
        return privateAnswer;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public Boolean getOnTime() {
        return onTime;
    }

    public Boolean getSatisfied() {
        return satisfied;
    }
}
