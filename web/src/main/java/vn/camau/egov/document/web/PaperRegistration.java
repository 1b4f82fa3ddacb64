package vn.camau.egov.document.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.camau.egov.document.application.DocumentService;
import vn.camau.egov.document.domain.DocumentType;
import vn.camau.egov.document.domain.IncomingDocument;
import vn.camau.egov.document.domain.IncomingSource;
import vn.camau.egov.document.domain.Urgency;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.web.Messages;
import vn.camau.egov.shared.web.Steps;
import vn.camau.egov.shared.web.Uploads;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * workspace/incoming-paper.xhtml: the clerk types in a document that came on paper (scanned copies
 * attached) and registers it in the incoming book at once.
 */
@Named
@ViewScoped
public class PaperRegistration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentService documents;

    @Inject
    private FacesContext faces;

    private String senderName;
    private String codeNumber;
    private String codeNotation;
    private LocalDate promulgatedOn;
    private DocumentType type = DocumentType.LETTER;
    private String subject;
    private String summary;
    private String signerName;
    private Urgency urgency = Urgency.NORMAL;
    private transient List<Part> files;
    private Map<String, String> errors = new LinkedHashMap<>();

    public void register() throws IOException {
        errors = new LinkedHashMap<>();
        try {
            long id = documents.registerPaper(new IncomingDocument.Arrival(IncomingSource.PAPER, null, null, senderName,
                    codeNumber, codeNotation, promulgatedOn, type, subject, summary, signerName, urgency, null),
                    Uploads.of(files));
            Steps.done("document.done.register", "/workspace/incoming.xhtml?id=" + id);
        } catch (InvalidInputException e) {
            errors = Messages.byField(e);
        } catch (BusinessException e) {
            Messages.show(e, "paper");
        }
    }

    public String error(String field) {
        return errors.get(field);
    }

    public DocumentType[] getTypes() {
        return DocumentType.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String senderName) {
        this.senderName = senderName;
    }

    public String getCodeNumber() {
        return codeNumber;
    }

    public void setCodeNumber(String codeNumber) {
        this.codeNumber = codeNumber;
    }

    public String getCodeNotation() {
        return codeNotation;
    }

    public void setCodeNotation(String codeNotation) {
        this.codeNotation = codeNotation;
    }

    public LocalDate getPromulgatedOn() {
        return promulgatedOn;
    }

    public void setPromulgatedOn(LocalDate promulgatedOn) {
        this.promulgatedOn = promulgatedOn;
    }

    public DocumentType getType() {
        return type;
    }

    public void setType(DocumentType type) {
        this.type = type;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
