package vn.camau.egov.document.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.document.application.DocumentService;
import vn.camau.egov.document.application.OutgoingView;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.web.Steps;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * workspace/outgoing.xhtml?id=: an outgoing document, its recipients with the last status each
 * reported over the axis, and the steps the viewer may take, each sent with the version shown.
 */
@Named
@ViewScoped
public class OutgoingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentService documents;

    @Inject
    private FacesContext faces;

    private long id;
    private OutgoingView document;
    private String note;
    private Map<String, String> errors = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        try {
            id = Long.parseLong(faces.getExternalContext().getRequestParameterMap().getOrDefault("id", ""));
            reload();
        } catch (NumberFormatException e) {
            document = null;
        }
    }

    private void reload() {
        try {
            document = documents.outgoing(id);
        } catch (NotFoundException e) {
            document = null;
        }
    }

    private void run(Runnable action, String doneKey) {
        errors = Steps.run(action, doneKey, "/workspace/outgoing.xhtml?id=" + id, "actions");
        reload();
    }

    public void submit() {
        run(() -> documents.submit(id, document.version()), "document.done.submit");
    }

    public void approve() {
        run(() -> documents.approve(id, document.version()), "document.done.approve");
    }

    public void returnToDrafter() {
        run(() -> documents.returnToDrafter(id, document.version(), note), "document.done.return");
    }

    public void issue() {
        run(() -> documents.issue(id, document.version()), "document.done.issue");
    }

    public void recall() {
        run(() -> documents.recall(id, document.version(), note), "document.done.recall");
    }

    /** Refreshes the recipients' statuses (they arrive over the axis while the page is open). */
    public void refresh() {
        reload();
    }

    public String error(String field) {
        return errors.get(field);
    }

    public OutgoingView getDocument() {
        return document;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
