package vn.camau.egov.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * An applicant (công dân, tổ chức) with an account: who submits dossiers and gives feedback. A
 * citizen is known by their CCCD number, which is also their username.
 */
@Entity
@Table(name = "applicant")
@NamedQuery(name = "Applicant.findByCitizenId", query = "SELECT a FROM Applicant a WHERE a.citizenId = :citizenId")
@NamedQuery(name = "Applicant.findByEmail", query = "SELECT a FROM Applicant a WHERE a.email = :email")
@NamedQuery(name = "Applicant.findByUsername", query = "SELECT a FROM Applicant a WHERE a.account.username = :username")
public class Applicant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "applicant_seq")
    @SequenceGenerator(name = "applicant_seq", sequenceName = "applicant_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @OneToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicantKind kind;

    @Column(name = "full_name", nullable = false, length = 128)
    private String fullName;

    @Column(name = "citizen_id", unique = true, length = 12)
    private CitizenId citizenId;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(length = 15)
    private String phone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Applicant() {
        // for JPA
    }

    public Applicant(Account account, ApplicantKind kind, String fullName, CitizenId citizenId, String email,
                     String phone, Instant createdAt) {
        this.account = Objects.requireNonNull(account);
        this.kind = Objects.requireNonNull(kind);
        this.fullName = Objects.requireNonNull(fullName);
        this.citizenId = citizenId;
        this.email = Objects.requireNonNull(email);
        this.phone = phone;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public ApplicantKind getKind() {
        return kind;
    }

    public String getFullName() {
        return fullName;
    }

    public CitizenId getCitizenId() {
        return citizenId;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Applicant other && account.equals(other.account);
    }

    @Override
    public int hashCode() {
        return account.hashCode();
    }
}
