package vn.camau.egov.participation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.camau.egov.participation.application.ConsultationService;
import vn.camau.egov.participation.application.ConsultationSummary;
import vn.camau.egov.participation.domain.ConsultationContent;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.web.Messages;
import vn.camau.egov.shared.web.Uploads;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * workspace/participation/consultations.xhtml: the unit's consultations, and a new draft (title,
 * summary, period, the text with its "Điều ..." headings, files). Saved, the draft opens on its own
 * page, where the leader publishes it.
 */
@Named
@ViewScoped
public class UnitConsultations implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsultationService consultations;

    private List<ConsultationSummary> list;
    private String title;
    private String summary;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private String text;
    private transient List<Part> files;
    private Map<String, String> errors = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        list = consultations.unitConsultations();
    }

    public void save() {
        errors = new LinkedHashMap<>();
        try {
            long id = consultations.draft(new ConsultationContent(title, summary, opensOn, closesOn, text),
                    Uploads.of(files == null ? List.of() : files));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            Messages.info("consultation.done.drafted");
            external.redirect(external.getRequestContextPath() + "/workspace/participation/consultation.xhtml?id=" + id);
        } catch (InvalidInputException e) {
            errors = Messages.byField(e);
        } catch (BusinessException e) {
            Messages.show(e, "draft");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String error(String field) {
        return errors.get(field);
    }

    public List<ConsultationSummary> getList() {
        return list;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
