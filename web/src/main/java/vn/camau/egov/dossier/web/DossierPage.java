package vn.camau.egov.dossier.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.camau.egov.dossier.application.DocumentUpload;
import vn.camau.egov.dossier.application.DossierDetail;
import vn.camau.egov.dossier.application.DossierService;
import vn.camau.egov.dossier.domain.SatisfactionRating;
import vn.camau.egov.organization.application.OfficialView;
import vn.camau.egov.shared.application.Upload;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.web.Messages;
import vn.camau.egov.shared.web.Uploads;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dossier's page, for the citizen (account/dossier.xhtml) and for officials
 * (workspace/dossier.xhtml): its data, files, history, documents, and the actions the viewer may
 * take, each sent with the version the page shows so a stale page is refused, not obeyed.
 */
@Named
@ViewScoped
public class DossierPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DossierService dossiers;

    @Inject
    private vn.camau.egov.dossier.application.PaymentService payments;

    @Inject
    private vn.camau.egov.shared.application.Settings settings;

    @Inject
    private FacesContext faces;

    private String code;
    private DossierDetail dossier;
    private Map<String, String> errors = new LinkedHashMap<>();

    private String note;
    private String reason;
    private String assignee;
    private LocalDate appointment;
    private SatisfactionRating rating;
    private String ratingComment;
    private String supplementDocument;
    private transient List<Part> supplementFiles;
    private transient Part resultFile;

    @PostConstruct
    void load() {
        code = faces.getExternalContext().getRequestParameterMap().get("code");
        reload();
        if ("true".equals(faces.getExternalContext().getRequestParameterMap().get("submitted")) && dossier != null) {
            Messages.info("dossier.submitted", dossier.code());
        }
    }

    private void reload() {
        try {
            dossier = code == null || code.length() > 64 ? null : dossiers.view(code);
        } catch (NotFoundException e) {
            dossier = null;
        }
    }

    private void run(Runnable action, String doneKey) {
        errors = new LinkedHashMap<>();
        try {
            action.run();
            Messages.info(doneKey);
            note = null;
            reason = null;
        } catch (InvalidInputException e) {
            errors = Messages.byField(e);
        } catch (BusinessException e) {
            Messages.show(e, "actions");
        }
        reload();
    }

    public void accept() {
        run(() -> dossiers.accept(code, dossier.version()), "dossier.done.ACCEPT");
    }

    public void refuse() {
        run(() -> dossiers.refuse(code, dossier.version(), reason), "dossier.done.REFUSE");
    }

    public void requestSupplement() {
        run(() -> dossiers.requestSupplement(code, dossier.version(), reason), "dossier.done.REQUEST_SUPPLEMENT");
    }

    public void assign() {
        run(() -> dossiers.assign(code, dossier.version(), assignee), "dossier.done.ASSIGN");
    }

    public void completeStep() {
        run(() -> dossiers.completeStep(code, dossier.version(), note), "dossier.done.COMPLETE_STEP");
    }

    public void attachResult() {
        List<Upload> uploads = Uploads.of(resultFile == null ? List.of() : List.of(resultFile));
        run(() -> {
            if (uploads.isEmpty()) {
                throw new InvalidInputException("result", "dossier.result.required");
            }
            dossiers.attachResult(code, dossier.version(), uploads.get(0));
        }, "dossier.done.ATTACH_RESULT");
    }

    public void issueResult() {
        run(() -> dossiers.issueResult(code, dossier.version()), "dossier.done.ISSUE_RESULT");
    }

    /** Sends the applicant to the payment provider's page; they come back to account/payment.xhtml. */
    public void pay() throws java.io.IOException {
        try {
            java.net.URI page = payments.start(code, settings.publicUrl() + "account/payment.xhtml");
            faces.getExternalContext().redirect(page.toString());
        } catch (BusinessException e) {
            Messages.show(e, "actions");
            reload();
        }
    }

    public void returnResult() {
        run(() -> dossiers.returnResult(code, dossier.version()), "dossier.done.RETURN_RESULT");
    }

    public void apologize() {
        run(() -> dossiers.apologize(code, dossier.version(), appointment, reason), "dossier.done.APOLOGIZE");
    }

    public void cancel() {
        run(() -> dossiers.cancel(code, dossier.version(), reason), "dossier.done.CANCEL");
    }

    public void supplement() {
        List<DocumentUpload> uploads = new ArrayList<>();
        for (Upload u : Uploads.of(supplementFiles)) {
            uploads.add(new DocumentUpload(supplementDocument, u));
        }
        run(() -> dossiers.supplement(code, dossier.version(), note, uploads), "dossier.done.SUPPLEMENT");
    }

    public void rate() {
        run(() -> {
            if (rating == null) {
                throw new InvalidInputException("rating", "dossier.rating.required");
            }
            dossiers.rate(code, rating, ratingComment);
        }, "dossier.done.RATE");
    }

    public List<OfficialView> getAssignable() {
        return dossier != null && dossier.may("ASSIGN") ? dossiers.assignable(code) : List.of();
    }

    public SatisfactionRating[] getRatings() {
        return SatisfactionRating.values();
    }

    public String error(String field) {
        return errors.get(field);
    }

    public DossierDetail getDossier() {
        return dossier;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public LocalDate getAppointment() {
        return appointment;
    }

    public void setAppointment(LocalDate appointment) {
        this.appointment = appointment;
    }

    public SatisfactionRating getRating() {
        return rating;
    }

    public void setRating(SatisfactionRating rating) {
        this.rating = rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public void setRatingComment(String ratingComment) {
        this.ratingComment = ratingComment;
    }

    public String getSupplementDocument() {
        return supplementDocument;
    }

    public void setSupplementDocument(String supplementDocument) {
        this.supplementDocument = supplementDocument;
    }

    public List<Part> getSupplementFiles() {
        return supplementFiles;
    }

    public void setSupplementFiles(List<Part> supplementFiles) {
        this.supplementFiles = supplementFiles;
    }

    public Part getResultFile() {
        return resultFile;
    }

    public void setResultFile(Part resultFile) {
        this.resultFile = resultFile;
    }
}
