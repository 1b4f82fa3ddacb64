package vn.camau.egov.dossier.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.dossier.application.DossierService;
import vn.camau.egov.dossier.application.DossierSummary;
import vn.camau.egov.dossier.application.InboxCounts;
import vn.camau.egov.dossier.application.InboxOrder;
import vn.camau.egov.dossier.application.InboxTray;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;

/**
 * The official's inbox (workspace/inbox.xhtml?tray=...&sort=...&page=N): counts per tray and one
 * tray's dossiers, sorted and paged.
 */
@Named
@RequestScoped
public class Inbox {

    @Inject
    private DossierService dossiers;

    @Inject
    private FacesContext faces;

    private InboxTray tray;
    private InboxOrder order;
    private int pageNumber;
    private InboxCounts counts;
    private Page<DossierSummary> page;

    private void read() {
        if (tray != null) {
            return;
        }
        var params = faces.getExternalContext().getRequestParameterMap();
        try {
            tray = InboxTray.valueOf(params.getOrDefault("tray", defaultTray().name()));
        } catch (IllegalArgumentException e) {
            tray = defaultTray();
        }
        try {
            order = InboxOrder.valueOf(params.getOrDefault("sort", InboxOrder.DUE.name()));
        } catch (IllegalArgumentException e) {
            order = InboxOrder.DUE;
        }
        try {
            pageNumber = Math.max(0, Integer.parseInt(params.getOrDefault("page", "0")));
        } catch (NumberFormatException e) {
            pageNumber = 0;
        }
    }

    private InboxTray defaultTray() {
        return faces.getExternalContext().isUserInRole("reception") ? InboxTray.NEW : InboxTray.MY_STEP;
    }

    public InboxTray getTray() {
        read();
        return tray;
    }

    public InboxOrder getOrder() {
        read();
        return order;
    }

    public InboxOrder[] getOrders() {
        return InboxOrder.values();
    }

    public int getPageNumber() {
        read();
        return pageNumber;
    }

    public InboxTray[] getTrays() {
        return InboxTray.values();
    }

    public InboxCounts getCounts() {
        if (counts == null) {
            counts = dossiers.inboxCounts();
        }
        return counts;
    }

    public long count(InboxTray t) {
        InboxCounts c = getCounts();
        return switch (t) {
            case NEW -> c.newDossiers();
            case MY_STEP -> c.myStep();
            case DUE_SOON -> c.dueSoon();
            case OVERDUE -> c.overdue();
            case PAUSED -> c.paused();
            case RELEASING -> c.releasing();
        };
    }

    public Page<DossierSummary> getPage() {
        if (page == null) {
            read();
            page = dossiers.inbox(tray, order, new PageRequest(pageNumber, 20));
        }
        return page;
    }
}
