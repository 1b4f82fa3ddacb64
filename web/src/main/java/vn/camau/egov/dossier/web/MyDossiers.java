package vn.camau.egov.dossier.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.dossier.application.DossierService;
import vn.camau.egov.dossier.application.DossierSummary;
import vn.camau.egov.dossier.domain.Notification;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;

import java.util.List;

/** The citizen's dossiers and notices (account/dossiers.xhtml?page=N). */
@Named
@RequestScoped
public class MyDossiers {

    @Inject
    private DossierService dossiers;

    @Inject
    private FacesContext faces;

    private Page<DossierSummary> page;
    private List<Notification> notifications;

    public Page<DossierSummary> getPage() {
        if (page == null) {
            page = dossiers.myDossiers(new PageRequest(pageNumber(), 20));
        }
        return page;
    }

    public List<Notification> getNotifications() {
        if (notifications == null) {
            notifications = dossiers.myNotifications(10);
        }
        return notifications;
    }

    public int pageNumber() {
        try {
            return Math.max(0, Integer.parseInt(faces.getExternalContext().getRequestParameterMap().getOrDefault("page", "0")));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
