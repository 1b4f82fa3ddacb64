package vn.camau.egov.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.camau.egov.identity.domain.Account;

import java.util.Objects;

/**
 * An official (cán bộ, công chức) working in one unit. What they may do comes from their
 * account's roles; where they may do it, from their unit.
 */
@Entity
@Table(name = "official")
@NamedQuery(name = "Official.findByUsername",
        query = "SELECT o FROM Official o JOIN FETCH o.unit WHERE o.account.username = :username")
@NamedQuery(name = "Official.findByUnit",
        query = "SELECT o FROM Official o WHERE o.unit = :unit ORDER BY o.fullName, o.id")
@NamedQuery(name = "Official.countByUnit", query = "SELECT COUNT(o) FROM Official o WHERE o.unit = :unit")
public class Official {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "official_seq")
    @SequenceGenerator(name = "official_seq", sequenceName = "official_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @OneToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true)
    private Account account;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "full_name", nullable = false, length = 128)
    private String fullName;

    @Column(length = 128)
    private String position;

    @Column(length = 254)
    private String email;

    @Column(length = 15)
    private String phone;

    protected Official() {
        // for JPA
    }

    public Official(Account account, Unit unit, String fullName, String position, String email, String phone) {
        this.account = Objects.requireNonNull(account);
        this.unit = Objects.requireNonNull(unit);
        this.fullName = Objects.requireNonNull(fullName);
        this.position = position;
        this.email = email;
        this.phone = phone;
    }

    public void update(String fullName, String position, String email, String phone) {
        this.fullName = Objects.requireNonNull(fullName);
        this.position = position;
        this.email = email;
        this.phone = phone;
    }

    public boolean worksIn(Unit other) {
        return unit.equals(other);
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPosition() {
        return position;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Official other && account.equals(other.account);
    }

    @Override
    public int hashCode() {
        return account.hashCode();
    }
}
