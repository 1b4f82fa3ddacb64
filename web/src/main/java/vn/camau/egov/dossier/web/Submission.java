package vn.camau.egov.dossier.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.camau.egov.catalog.application.CatalogService;
import vn.camau.egov.catalog.application.ProcedureDetail;
import vn.camau.egov.catalog.domain.RequiredDocument;
import vn.camau.egov.dossier.application.DocumentUpload;
import vn.camau.egov.dossier.application.DossierService;
import vn.camau.egov.dossier.application.SubmissionForm;
import vn.camau.egov.identity.application.ApplicantService;
import vn.camau.egov.identity.application.ApplicantView;
import vn.camau.egov.shared.application.Upload;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.web.Messages;
import vn.camau.egov.shared.web.Uploads;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Online submission (account/submit.xhtml?procedure=...) and counter reception
 * (workspace/counter.xhtml?procedure=...): the procedure's form, its documents' files, and who
 * the dossier is for. Problems show next to their inputs.
 */
@Named
@ViewScoped
public class Submission implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogService catalog;

    @Inject
    private DossierService dossiers;

    @Inject
    private ApplicantService applicants;

    @Inject
    private FacesContext faces;

    private ProcedureDetail procedure;
    private ApplicantView me;

    private String fullName;
    private String citizenId;
    private String email;
    private String phone;
    private String address;
    private boolean postalDelivery;
    private final Map<String, String> answers = new HashMap<>();
    private transient Map<String, List<Part>> files = new HashMap<>();
    private Map<String, String> errors = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        String code = faces.getExternalContext().getRequestParameterMap().get("procedure");
        procedure = code == null || code.length() > 32 ? null : catalog.procedure(code).orElse(null);
        if (faces.getExternalContext().isUserInRole("citizen")) {
            me = applicants.currentApplicant().orElse(null);
            if (me != null) {
                email = me.email();
                phone = me.phone();
            }
        }
    }

    /** The citizen submits online. */
    public void submitOnline() throws IOException {
        submit(() -> dossiers.submitOnline(procedure.code(), form(), uploads()), "/account/dossier.xhtml");
    }

    /** A reception officer registers the dossier brought to the counter. */
    public void receiveAtCounter() throws IOException {
        submit(() -> dossiers.receiveAtCounter(procedure.code(), form(), uploads()), "/workspace/dossier.xhtml");
    }

    private void submit(java.util.function.Supplier<String> action, String page) throws IOException {
        errors = new LinkedHashMap<>();
        if (procedure == null) {
            return;
        }
        try {
            String code = action.get();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + page + "?code="
                    + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8) + "&submitted=true");
        } catch (InvalidInputException e) {
            errors = Messages.byField(e);
        } catch (BusinessException e) {
            Messages.show(e, "submission");
        } finally {
            // the uploaded parts belong to this request only; kept in the view, every submission's files
            // would stay in the heap as long as the session keeps its views (measured by bench/)
            files.clear();
        }
    }

    private SubmissionForm form() {
        return new SubmissionForm(fullName, citizenId, email, phone, address, answers, postalDelivery);
    }

    private List<DocumentUpload> uploads() {
        List<DocumentUpload> uploads = new ArrayList<>();
        for (RequiredDocument doc : procedure.documents()) {
            for (Upload u : Uploads.of(files.get(doc.getName()))) {
                uploads.add(new DocumentUpload(doc.getName(), u));
            }
        }
        return uploads;
    }

    public String error(String field) {
        return errors.get(field);
    }

    public ProcedureDetail getProcedure() {
        return procedure;
    }

    public ApplicantView getMe() {
        return me;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public Map<String, List<Part>> getFiles() {
        if (files == null) {
            files = new HashMap<>();
        }
        return files;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getCitizenId() {
        return citizenId;
    }

    public void setCitizenId(String citizenId) {
        this.citizenId = citizenId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public boolean isPostalDelivery() {
        return postalDelivery;
    }

    public void setPostalDelivery(boolean postalDelivery) {
        this.postalDelivery = postalDelivery;
    }
}
