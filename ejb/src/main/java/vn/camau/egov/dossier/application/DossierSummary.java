package vn.camau.egov.dossier.application;

import vn.camau.egov.dossier.domain.Channel;
import vn.camau.egov.dossier.domain.Dossier;
import vn.camau.egov.dossier.domain.DossierStatus;
import vn.camau.egov.dossier.domain.Timeliness;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A dossier in a list (a citizen's own, an inbox). */
public record DossierSummary(String code, String procedureName, String unitName, String applicantName,
                             Channel channel, DossierStatus status, Instant submittedAt, LocalDate dueOn,
                             LocalDate appointmentOn, Timeliness timeliness, String stepName) implements Serializable {

    static DossierSummary of(Dossier d) {
        return new DossierSummary(d.getCode(), d.getProcedure().getName(), d.getUnit().getName(),
                d.getApplicant().getFullName(), d.getChannel(), d.getStatus(), d.getSubmittedAt(), d.getDueOn(),
                d.getAppointmentOn(), d.getTimeliness(), d.currentStep() == null ? null : d.currentStep().getName());
    }
}
