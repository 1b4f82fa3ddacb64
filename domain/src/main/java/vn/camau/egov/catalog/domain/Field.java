package vn.camau.egov.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

/** A field of administration (lĩnh vực): hộ tịch, xây dựng, đất đai... Procedures are grouped by field. */
@Entity
@Table(name = "catalog_field")
@NamedQuery(name = "Field.findAll", query = "SELECT f FROM Field f ORDER BY f.name")
@NamedQuery(name = "Field.findByCode", query = "SELECT f FROM Field f WHERE f.code = :code")
public class Field {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_field_seq")
    @SequenceGenerator(name = "catalog_field_seq", sequenceName = "catalog_field_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_en")
    private String nameEn;

    protected Field() {
        // for JPA
    }

    public Field(String code, String name, String nameEn) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.nameEn = nameEn;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Field other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
