package vn.camau.egov.document.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.camau.egov.document.application.DocumentService;
import vn.camau.egov.document.application.OutgoingView;
import vn.camau.egov.document.domain.Confidentiality;
import vn.camau.egov.document.domain.DocumentType;
import vn.camau.egov.document.domain.OutgoingContent;
import vn.camau.egov.document.domain.RecipientKind;
import vn.camau.egov.document.domain.Urgency;
import vn.camau.egov.exchange.application.PeerDirectory;
import vn.camau.egov.exchange.application.PeerView;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.application.UnitView;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.web.Messages;
import vn.camau.egov.shared.web.Steps;
import vn.camau.egov.shared.web.Uploads;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * workspace/document-draft.xhtml: a specialist (or leader) drafts an outgoing document, or revises
 * a draft (?id=): its content, internal recipients (units of the province) and external ones
 * (agencies of the exchange directory), and files.
 */
@Named
@ViewScoped
public class OutgoingEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentService documents;

    @Inject
    private OrganizationService organization;

    @Inject
    private PeerDirectory peers;

    @Inject
    private FacesContext faces;

    private Long id;
    private long version;
    private DocumentType type = DocumentType.LETTER;
    private String subject;
    private String summary;
    private String signerName;
    private String signerPosition;
    private Urgency urgency = Urgency.NORMAL;
    private Confidentiality confidentiality = Confidentiality.NORMAL;
    private String draftingOffice;
    private List<String> internal = new ArrayList<>();
    private List<String> external = new ArrayList<>();
    private transient List<Part> files;
    private Map<String, String> errors = new LinkedHashMap<>();
    private List<UnitView> units;
    private List<PeerView> agencies;

    @PostConstruct
    void load() {
        units = organization.units().stream().filter(UnitView::active).toList();
        agencies = peers.list().stream().filter(PeerView::active).toList();
        String asked = faces.getExternalContext().getRequestParameterMap().get("id");
        if (asked == null) {
            return;
        }
        try {
            OutgoingView d = documents.outgoing(Long.parseLong(asked));
            id = d.id();
            version = d.version();
            type = d.type();
            subject = d.subject();
            summary = d.summary();
            signerName = d.signerName();
            signerPosition = d.signerPosition();
            urgency = d.urgency();
            confidentiality = d.confidentiality();
            draftingOffice = d.draftingOffice();
            for (OutgoingView.Recipient r : d.recipients()) {
                (r.kind() == RecipientKind.INTERNAL ? internal : external).add(r.agencyId());
            }
        } catch (NumberFormatException | NotFoundException e) {
            id = null;
        }
    }

    public void save() throws IOException {
        errors = new LinkedHashMap<>();
        List<OutgoingContent.Recipient> recipients = new ArrayList<>();
        for (String agencyId : internal) {
            units.stream().filter(u -> u.agencyId().equals(agencyId)).findFirst()
                    .ifPresent(u -> recipients.add(new OutgoingContent.Recipient(RecipientKind.INTERNAL, agencyId, u.name())));
        }
        for (String agencyId : external) {
            agencies.stream().filter(p -> p.agencyId().equals(agencyId)).findFirst()
                    .ifPresent(p -> recipients.add(new OutgoingContent.Recipient(RecipientKind.EXTERNAL, agencyId, p.name())));
        }
        OutgoingContent content = new OutgoingContent(type, subject, summary, signerName, signerPosition, urgency,
                confidentiality, draftingOffice, recipients);
        try {
            long saved;
            if (id == null) {
                saved = documents.draft(content, Uploads.of(files));
            } else {
                documents.revise(id, version, content, Uploads.of(files));
                saved = id;
            }
            Steps.done("document.done.saved", "/workspace/outgoing.xhtml?id=" + saved);
        } catch (InvalidInputException e) {
            errors = Messages.byField(e);
        } catch (BusinessException e) {
            Messages.show(e, "draft");
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

    public Confidentiality[] getConfidentialities() {
        return Confidentiality.values();
    }

    public List<UnitView> getUnits() {
        return units;
    }

    public List<PeerView> getAgencies() {
        return agencies;
    }

    public Long getId() {
        return id;
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

    public String getSignerPosition() {
        return signerPosition;
    }

    public void setSignerPosition(String signerPosition) {
        this.signerPosition = signerPosition;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    public String getDraftingOffice() {
        return draftingOffice;
    }

    public void setDraftingOffice(String draftingOffice) {
        this.draftingOffice = draftingOffice;
    }

    public List<String> getInternal() {
        return internal;
    }

    public void setInternal(List<String> internal) {
        this.internal = internal == null ? new ArrayList<>() : internal;
    }

    public List<String> getExternal() {
        return external;
    }

    public void setExternal(List<String> external) {
        this.external = external == null ? new ArrayList<>() : external;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
