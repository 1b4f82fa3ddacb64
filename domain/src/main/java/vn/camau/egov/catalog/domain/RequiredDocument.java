package vn.camau.egov.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/**
 * A document the dossier must contain (thành phần hồ sơ), with the number of copies, whether it is
 * mandatory, and the id of a downloadable template (mẫu đơn, tờ khai) if there is one.
 */
@Embeddable
public class RequiredDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    @Column(name = "mandatory", nullable = false)
    private boolean mandatory;

    @Column(name = "copies", nullable = false)
    private int copies;

    @Column(name = "template_file_id")
    private Long templateFileId;

    protected RequiredDocument() {
        // for JPA
    }

    public RequiredDocument(String name, boolean mandatory, int copies, Long templateFileId) {
        if (name == null || name.isBlank() || copies < 1) {
            throw new IllegalArgumentException("a required document needs a name and at least one copy");
        }
        this.name = name;
        this.mandatory = mandatory;
        this.copies = copies;
        this.templateFileId = templateFileId;
    }

    public String getName() {
        return name;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public int getCopies() {
        return copies;
    }

    public Long getTemplateFileId() {
        return templateFileId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequiredDocument other && name.equals(other.name) && mandatory == other.mandatory
                && copies == other.copies && Objects.equals(templateFileId, other.templateFileId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, mandatory, copies, templateFileId);
    }
}
