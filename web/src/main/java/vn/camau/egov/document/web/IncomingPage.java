package vn.camau.egov.document.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.document.application.DocumentService;
import vn.camau.egov.document.application.IncomingView;
import vn.camau.egov.organization.application.OfficialView;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.web.Steps;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * workspace/incoming.xhtml?id=: an incoming document and the steps the viewer may take: the clerk
 * registers, rejects or answers a recall request, the leader assigns, the handler processes and
 * completes. Each step of a document from the axis is reported to its sender.
 */
@Named
@ViewScoped
public class IncomingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentService documents;

    @Inject
    private FacesContext faces;

    private long id;
    private IncomingView document;
    private String note;
    private String handler;
    private LocalDate deadline;
    private List<OfficialView> handlers;
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
            document = documents.incoming(id);
            handlers = document.may("assign") ? documents.handlers() : List.of();
        } catch (NotFoundException e) {
            document = null;
        }
    }

    private void run(Runnable action, String doneKey) {
        errors = Steps.run(action, doneKey, "/workspace/incoming.xhtml?id=" + id, "actions");
        reload();
    }

    public void register() {
        run(() -> documents.register(id, document.version()), "document.done.register");
    }

    public void reject() {
        run(() -> documents.reject(id, document.version(), note), "document.done.reject");
    }

    public void assign() {
        run(() -> documents.assign(id, document.version(), handler, deadline), "document.done.assign");
    }

    public void start() {
        run(() -> documents.start(id, document.version()), "document.done.start");
    }

    public void complete() {
        run(() -> documents.complete(id, document.version(), note), "document.done.complete");
    }

    public void agreeRecall() {
        run(() -> documents.agreeToRecall(id, document.version()), "document.done.agreeRecall");
    }

    public void refuseRecall() {
        run(() -> documents.refuseRecall(id, document.version()), "document.done.refuseRecall");
    }

    public void agreeUpdate() {
        run(() -> documents.agreeToUpdate(id, document.version()), "document.done.agreeUpdate");
    }

    public void refuseUpdate() {
        run(() -> documents.refuseUpdate(id, document.version()), "document.done.refuseUpdate");
    }

    public String error(String field) {
        return errors.get(field);
    }

    public IncomingView getDocument() {
        return document;
    }

    public List<OfficialView> getHandlers() {
        return handlers;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getHandler() {
        return handler;
    }

    public void setHandler(String handler) {
        this.handler = handler;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
