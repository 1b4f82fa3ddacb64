package vn.camau.egov.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A unit (đơn vị) of the province: the People's Committee, its Office, a department, the city, a
 * district or a commune. Identified in business by its short code; carries the agency identifier
 * used in document exchange and the statistical code (Decision 124/2004/QĐ-TTg) of the
 * administrative area it serves.
 */
@Entity
@Table(name = "unit")
// with their parents: every list of units shows the parent's code (UnitView), one lazy load each otherwise
@NamedQuery(name = "Unit.findAll", query = "SELECT u FROM Unit u LEFT JOIN FETCH u.parent ORDER BY u.agencyId")
@NamedQuery(name = "Unit.findByCode", query = "SELECT u FROM Unit u WHERE u.code = :code")
@NamedQuery(name = "Unit.findByAgencyId", query = "SELECT u FROM Unit u WHERE u.agencyId = :agencyId")
@NamedQuery(name = "Unit.count", query = "SELECT COUNT(u) FROM Unit u")
public class Unit {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,32}");
    private static final Pattern STATISTICAL_CODE = Pattern.compile("\\d{2,5}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private UnitKind kind;

    @Column(name = "agency_id", nullable = false, unique = true, length = 16)
    private AgencyId agencyId;

    @Column(name = "statistical_code", length = 8)
    private String statisticalCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(nullable = false)
    private boolean active = true;

    protected Unit() {
        // for JPA
    }

    public Unit(String code, String name, String nameEn, UnitKind kind, AgencyId agencyId,
                String statisticalCode, Unit parent) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("unit code must be 2-32 capitals, digits or _: " + code);
        }
        if (statisticalCode != null && !STATISTICAL_CODE.matcher(statisticalCode).matches()) {
            throw new IllegalArgumentException("statistical code must be 2-5 digits: " + statisticalCode);
        }
        this.code = code;
        this.kind = Objects.requireNonNull(kind);
        this.agencyId = Objects.requireNonNull(agencyId);
        this.statisticalCode = statisticalCode;
        this.parent = parent;
        rename(name, nameEn);
    }

    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public static boolean isValidStatisticalCode(String code) {
        return code != null && STATISTICAL_CODE.matcher(code).matches();
    }

    public void rename(String name, String nameEn) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a unit needs a name");
        }
        this.name = name.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
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

    /** The name in the visitor's language; Vietnamese when no English name was given. */
    public String nameIn(String language) {
        return "en".equals(language) && nameEn != null ? nameEn : name;
    }

    /**
     * The unit's abbreviation in document notations ("123/UBND-VP", "45/QĐ-STP"): the People's
     * Committees sign as UBND, the Office as VP, departments by their code.
     */
    public String notation() {
        return switch (kind) {
            case PROVINCIAL_COMMITTEE, CITY, DISTRICT, COMMUNE -> "UBND";
            case COMMITTEE_OFFICE -> "VP";
            default -> code.replace("_", "");
        };
    }

    public UnitKind getKind() {
        return kind;
    }

    public AgencyId getAgencyId() {
        return agencyId;
    }

    public String getStatisticalCode() {
        return statisticalCode;
    }

    public Unit getParent() {
        return parent;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Unit other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
