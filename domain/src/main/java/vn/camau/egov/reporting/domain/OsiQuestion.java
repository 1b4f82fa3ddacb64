package vn.camau.egov.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A question of the provincial OSI self-assessment, in one of the survey's sections (content,
 * services, participation, technology, institutional framework), with its weight. A question with a
 * measure is answered by the platform; the others by the unit, yes or no.
 */
@Entity
@Table(name = "osi_question")
public class OsiQuestion {

    @Id
    @Column(length = 16)
    private String code;

    @Column(nullable = false, length = 16)
    private String section;

    @Column(name = "question", nullable = false, length = 500)
    private String text;

    @Column(nullable = false, precision = 6, scale = 2)
    private double weight;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private OsiMeasure measure;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected OsiQuestion() {
        // for JPA
    }

    public OsiQuestion(String code, String section, String text, double weight, OsiMeasure measure) {
        this.code = code;
        this.section = section;
        this.text = text;
        this.weight = weight;
        this.measure = measure;
    }

    public String getCode() {
        return code;
    }

    public String getSection() {
        return section;
    }

    public String getText() {
        return text;
    }

    public double getWeight() {
        return weight;
    }

    public OsiMeasure getMeasure() {
        return measure;
    }

    public boolean isMeasured() {
        return measure != null;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
