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

/** One article (or section) of a draft: its heading line and its text; people comment on it. */
@Entity
@Table(name = "consultation_article")
public class ConsultationArticle {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_article_seq")
    @SequenceGenerator(name = "consultation_article_seq", sequenceName = "consultation_article_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id", nullable = false)
    private Consultation consultation;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = ConsultationContent.HEADING)
    private String heading;

    @Lob
    @Column(name = "body")
    private String body;

    protected ConsultationArticle() {
        // for JPA
    }

    ConsultationArticle(Consultation consultation, int position, ConsultationContent.Article article) {
        this.consultation = consultation;
        this.position = position;
        this.heading = article.heading();
        this.body = article.body();
    }

    public Long getId() {
        return id;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public int getPosition() {
        return position;
    }

    public String getHeading() {
        return heading;
    }

    public String getBody() {
        return body;
    }
}
