package vn.camau.egov.participation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.participation.application.ConsultationService;
import vn.camau.egov.participation.application.ConsultationSummary;
import vn.camau.egov.participation.domain.Phase;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;

import java.util.List;

/** consultations.xhtml?phase=OPEN|UPCOMING|CLOSED&amp;page=N: the published consultations, for anyone, without a session. */
@Named
@RequestScoped
public class PublicConsultations {

    @Inject
    private ConsultationService consultations;

    @Inject
    private FacesContext faces;

    private Page<ConsultationSummary> page;

    public Phase getPhase() {
        String p = faces.getExternalContext().getRequestParameterMap().get("phase");
        return "UPCOMING".equals(p) ? Phase.UPCOMING : "CLOSED".equals(p) ? Phase.CLOSED : Phase.OPEN;
    }

    public List<Phase> getPhases() {
        return List.of(Phase.OPEN, Phase.UPCOMING, Phase.CLOSED);
    }

    public Page<ConsultationSummary> getPage() {
        if (page == null) {
            page = consultations.published(getPhase(), new PageRequest(Params.page(), 20));
        }
        return page;
    }

    public int pageNumber() {
        return Params.page();
    }
}
