package vn.camau.egov.dossier.domain;

import vn.camau.egov.identity.domain.Actor;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a dossier's history (nhật ký xử lý): what was done, by whom, from which state to
 * which, with a note. The tracking log (template 06) and the processing-control slip (template 05)
 * are printed from these lines.
 */
@Entity
@Table(name = "dossier_event")
public class DossierEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_event_seq")
    @SequenceGenerator(name = "dossier_event_seq", sequenceName = "dossier_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    private Dossier dossier;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private DossierAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 32, updatable = false)
    private DossierStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 32, updatable = false)
    private DossierStatus toStatus;

    @Column(name = "actor_username", nullable = false, length = 64, updatable = false)
    private String actorUsername;

    @Column(name = "actor_name", nullable = false, length = 128, updatable = false)
    private String actorName;

    @Column(name = "unit_code", length = 32, updatable = false)
    private String unitCode;

    @Column(name = "step_name", length = 500, updatable = false)
    private String stepName;

    @Column(length = 2000, updatable = false)
    private String note;

    protected DossierEvent() {
        // for JPA
    }

    DossierEvent(Dossier dossier, Instant occurredAt, DossierAction action, DossierStatus fromStatus,
                 DossierStatus toStatus, Actor actor, String stepName, String note) {
        this.dossier = Objects.requireNonNull(dossier);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.action = Objects.requireNonNull(action);
        this.fromStatus = fromStatus;
        this.toStatus = Objects.requireNonNull(toStatus);
        this.actorUsername = actor.username();
        this.actorName = actor.name();
        this.unitCode = actor.unitCode();
        this.stepName = stepName;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public DossierAction getAction() {
        return action;
    }

    public DossierStatus getFromStatus() {
        return fromStatus;
    }

    public DossierStatus getToStatus() {
        return toStatus;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getActorName() {
        return actorName;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getStepName() {
        return stepName;
    }

    public String getNote() {
        return note;
    }
}
