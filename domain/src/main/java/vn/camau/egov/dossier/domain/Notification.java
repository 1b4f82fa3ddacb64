package vn.camau.egov.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** A notice to an applicant that their dossier changed: listed in their account, and sent by mail. */
@Entity
@Table(name = "dossier_notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_notification_seq")
    @SequenceGenerator(name = "dossier_notification_seq", sequenceName = "dossier_notification_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Column(name = "dossier_code", nullable = false, length = 64, updatable = false)
    private String dossierCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private DossierStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private DossierAction action;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Notification() {
        // for JPA
    }

    public Notification(String username, String dossierCode, DossierStatus status, DossierAction action, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.dossierCode = Objects.requireNonNull(dossierCode);
        this.status = Objects.requireNonNull(status);
        this.action = Objects.requireNonNull(action);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDossierCode() {
        return dossierCode;
    }

    public DossierStatus getStatus() {
        return status;
    }

    public DossierAction getAction() {
        return action;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
