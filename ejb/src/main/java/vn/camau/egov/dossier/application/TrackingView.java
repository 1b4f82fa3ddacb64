package vn.camau.egov.dossier.application;

import vn.camau.egov.dossier.domain.DossierAction;
import vn.camau.egov.dossier.domain.DossierStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What anyone with the code and the applicant's ID number sees: status and history, nothing
 * personal (no names, addresses, answers or files).
 */
public record TrackingView(String code, String procedureName, String unitName, DossierStatus status,
                           Instant submittedAt, LocalDate receivedOn, LocalDate appointmentOn, LocalDate completedOn,
                           List<Step> history) implements Serializable {

    /** One line of history: when, what, which status it led to, and which unit acted. */
    public record Step(Instant at, DossierAction action, DossierStatus status, String unitCode) implements Serializable {
    }
}
