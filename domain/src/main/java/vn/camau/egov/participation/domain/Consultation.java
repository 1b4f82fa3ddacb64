package vn.camau.egov.participation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.camau.egov.identity.domain.Actor;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.StoredFile;
import vn.camau.egov.shared.domain.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A consultation on a draft policy (lấy ý kiến dự thảo): the responsible unit drafts it, its leader
 * publishes it, people comment during its period, and after it the unit publishes the synthesis of
 * the comments (báo cáo tổng hợp ý kiến). Once published, its text no longer changes.
 */
@Entity
@Table(name = "consultation")
public class Consultation {

    /** The synthesis: a long text, but not a book. */
    public static final int SYNTHESIS = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_seq")
    @SequenceGenerator(name = "consultation_seq", sequenceName = "consultation_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(nullable = false, length = ConsultationContent.TITLE)
    private String title;

    @Lob
    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Lob
    @Column(name = "synthesis")
    private String synthesis;

    @Column(name = "synthesis_at")
    private Instant synthesisAt;

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ConsultationArticle> articles = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "consultation_file", joinColumns = @JoinColumn(name = "consultation_id"),
            inverseJoinColumns = @JoinColumn(name = "file_id"))
    @OrderBy("id")
    private List<StoredFile> files = new ArrayList<>();

    protected Consultation() {
        // for JPA
    }

    public static Consultation draft(Unit unit, Actor by, ConsultationContent content, List<StoredFile> files,
                                     Instant now) {
        if (!by.worksIn(unit.getCode())) {
            throw new ParticipationRefusedException("consultation.refused.notYourUnit");
        }
        Consultation c = new Consultation();
        c.unit = unit;
        c.createdBy = by.username();
        c.createdAt = now;
        c.write(content);
        c.files.addAll(files);
        return c;
    }

    /** Only a draft changes; the files given are added. */
    public void revise(Actor by, ConsultationContent content, List<StoredFile> added) {
        mustBeOwnDraft(by);
        write(content);
        files.addAll(added);
    }

    /** The leader publishes it; its period must not have ended. */
    public void publish(Actor leader, LocalDate today, Instant now) {
        mustBeOwnDraft(leader);
        if (!leader.has(Role.LEADER)) {
            throw new ParticipationRefusedException("consultation.refused.notLeader");
        }
        if (closesOn.isBefore(today)) {
            throw new InvalidInputException("closesOn", "consultation.closesOn.past");
        }
        published = true;
        publishedAt = now;
    }

    /** After the period, the unit publishes the synthesis of the comments (and may correct it). */
    public void writeSynthesis(Actor by, String text, LocalDate today, Instant now) {
        if (!by.worksIn(unit.getCode())) {
            throw new ParticipationRefusedException("consultation.refused.notYourUnit");
        }
        if (phase(today) != Phase.CLOSED) {
            throw new ParticipationRefusedException("consultation.refused.notClosed");
        }
        String t = Text.clean(text);
        if (t == null || t.length() > SYNTHESIS || Text.hasControlCharacters(t)) {
            throw new InvalidInputException("synthesis", "consultation.synthesis.invalid", SYNTHESIS);
        }
        synthesis = t;
        synthesisAt = now;
    }

    public Phase phase(LocalDate today) {
        if (!published) {
            return Phase.DRAFT;
        }
        if (today.isBefore(opensOn)) {
            return Phase.UPCOMING;
        }
        return today.isAfter(closesOn) ? Phase.CLOSED : Phase.OPEN;
    }

    /** A draft: its unit's officials only; published: everyone. */
    public boolean isVisibleTo(Actor actor) {
        return published || (actor != null && actor.worksIn(unit.getCode()));
    }

    public ConsultationArticle article(long articleId) {
        return articles.stream().filter(a -> a.getId() == articleId).findFirst()
                .orElseThrow(() -> new InvalidInputException("article", "consultation.article.unknown"));
    }

    private void write(ConsultationContent content) {
        List<ConsultationContent.Article> parsed = content.validated();
        title = Text.clean(content.title());
        summary = Text.clean(content.summary());
        opensOn = content.opensOn();
        closesOn = content.closesOn();
        articles.clear();
        for (int i = 0; i < parsed.size(); i++) {
            articles.add(new ConsultationArticle(this, i + 1, parsed.get(i)));
        }
    }

    private void mustBeOwnDraft(Actor by) {
        if (!by.worksIn(unit.getCode())) {
            throw new ParticipationRefusedException("consultation.refused.notYourUnit");
        }
        if (published) {
            throw new ParticipationRefusedException("consultation.refused.published");
        }
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

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDate getOpensOn() {
        return opensOn;
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

    public String getSynthesis() {
        return synthesis;
    }

    public Instant getSynthesisAt() {
        return synthesisAt;
    }

    public List<ConsultationArticle> getArticles() {
        return Collections.unmodifiableList(articles);
    }

    public List<StoredFile> getFiles() {
        return Collections.unmodifiableList(files);
    }
}
