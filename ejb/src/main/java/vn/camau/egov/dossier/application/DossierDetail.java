package vn.camau.egov.dossier.application;

import vn.camau.egov.catalog.domain.FormField;
import vn.camau.egov.catalog.domain.ServiceLevel;
import vn.camau.egov.dossier.domain.Channel;
import vn.camau.egov.dossier.domain.Dossier;
import vn.camau.egov.dossier.domain.DossierAction;
import vn.camau.egov.dossier.domain.DossierStatus;
import vn.camau.egov.dossier.domain.SatisfactionRating;
import vn.camau.egov.dossier.domain.Timeliness;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dossier as its page shows it to one viewer: its data, files, history, and the actions that
 * viewer may take now. {@code version} goes back with an action, so a stale page is refused.
 */
public record DossierDetail(String code, long version, String procedureCode, String procedureName,
                            List<String> requiredDocuments, String unitCode, String unitName, ServiceLevel level,
                            Channel channel, DossierStatus status, String applicantName, String applicantCitizenId,
                            String applicantEmail, String applicantPhone, String applicantAddress,
                            Map<String, String> answers, List<AttachmentView> attachments, List<EventView> history,
                            Instant submittedAt, LocalDate receivedOn, LocalDate dueOn, LocalDate appointmentOn,
                            int pausedDays, String stepName, String stepUnitCode, String stepRole,
                            LocalDate stepDueOn, String assignee, String supplementRequest, String refusalReason,
                            Long resultFileId, String resultName, String resultSigner, Instant resultSignedAt,
                            String resultKey,
                            boolean resultOnline, long feeTotal, boolean paid, boolean mustPayOnline,
                            LocalDate completedOn, Timeliness timeliness, SatisfactionRating rating,
                            String ratingComment, boolean postalDelivery, Set<DossierAction> allowedActions)
        implements Serializable {

    /**
     * @param showResult whether the viewer may have the result file (an applicant once it is returned)
     */
    static DossierDetail of(Dossier d, Set<DossierAction> allowed, LocalDate stepDueOn, boolean showResult) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (FormField f : d.getProcedure().getFormFields()) {
            String value = d.getFormData().get(f.getKey());
            if (value != null) {
                answers.put(f.getLabel(), value);
            }
        }
        var step = d.currentStep();
        return new DossierDetail(d.getCode(), d.getVersion(), d.getProcedure().getProcedure().getCode().value(),
                d.getProcedure().getName(),
                d.getProcedure().getDocuments().stream().map(doc -> doc.getName()).toList(), d.getUnit().getCode(),
                d.getUnit().getName(), d.getProcedure().getLevel(), d.getChannel(), d.getStatus(),
                d.getApplicant().getFullName(), d.getApplicant().getCitizenId(), d.getApplicant().getEmail(),
                d.getApplicant().getPhone(), d.getApplicant().getAddress(), answers,
                d.getAttachments().stream().map(AttachmentView::of).toList(),
                d.getEvents().stream().map(EventView::of).toList(), d.getSubmittedAt(), d.getReceivedOn(),
                d.getDueOn(), d.getAppointmentOn(), d.getPausedDays(), step == null ? null : step.getName(),
                d.getStepUnitCode(), d.getStepRole() == null ? null : d.getStepRole().name(), stepDueOn,
                d.getAssignee(), d.getSupplementRequest(), d.getRefusalReason(),
                d.getResult() == null || !showResult ? null : d.getResult().getId(),
                d.getResult() == null ? null : d.getResult().getName(), d.getResultSigner(), d.getResultSignedAt(),
                d.getResultKey(),
                d.resultOnline(), d.getFeeTotal(), d.isPaid(), d.mustPayOnline(),
                d.getCompletedOn(), d.getTimeliness(), d.getRating(), d.getRatingComment(), d.isPostalDelivery(),
                Set.copyOf(allowed));
    }

    public boolean may(String action) {
        return allowedActions.contains(DossierAction.valueOf(action));
    }
}
