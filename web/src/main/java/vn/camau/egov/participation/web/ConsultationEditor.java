package vn.camau.egov.participation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.participation.application.ConsultationService;
import vn.camau.egov.participation.application.ConsultationView;
import vn.camau.egov.participation.domain.Phase;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.web.Steps;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * workspace/participation/consultation.xhtml?id=: the unit's consultation: the leader publishes a
 * draft; after the period the leader writes the synthesis, which then prints for everyone.
 */
@Named
@ViewScoped
public class ConsultationEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsultationService consultations;

    private long id;
    private ConsultationView consultation;
    private String synthesis;
    private Map<String, String> errors = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        Long given = Params.number("id");
        id = given == null ? 0 : given;
        try {
            consultation = consultations.view(id);
            synthesis = consultation.synthesis();
        } catch (BusinessException e) {
            consultation = null;
        }
    }

    private void step(Runnable action, String doneKey) {
        errors = Steps.run(action, doneKey, "/workspace/participation/consultation.xhtml?id=" + id, "consultation");
    }

    public void publish() {
        step(() -> consultations.publish(id, consultation.version()), "consultation.done.published");
    }

    public void writeSynthesis() {
        step(() -> consultations.writeSynthesis(id, consultation.version(), synthesis), "consultation.done.synthesis");
    }

    public boolean isDraft() {
        return consultation != null && consultation.phase() == Phase.DRAFT;
    }

    public boolean isClosed() {
        return consultation != null && consultation.phase() == Phase.CLOSED;
    }

    public String error(String field) {
        return errors.get(field);
    }

    public ConsultationView getConsultation() {
        return consultation;
    }

    public String getSynthesis() {
        return synthesis;
    }

    public void setSynthesis(String synthesis) {
        this.synthesis = synthesis;
    }
}
