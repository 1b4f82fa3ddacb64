package vn.camau.egov.dossier.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import vn.camau.egov.dossier.application.DossierService;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.VietnamTime;
import vn.camau.egov.shared.web.FileDownloads;
import vn.camau.egov.shared.web.Messages;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The one-stop shop's tracking log (template 06) for a period, printed from the inbox: the PDF
 * comes back as the form's answer, or the form shows what to fix.
 */
@Named
@RequestScoped
public class TrackingLog {

    @Inject
    private DossierService dossiers;

    @Inject
    private FacesContext faces;

    private LocalDate from = VietnamTime.dateOf(Instant.now()).withDayOfMonth(1);
    private LocalDate to = VietnamTime.dateOf(Instant.now());

    public void print() throws IOException {
        try {
            var log = dossiers.trackingLog(null, from, to);
            HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
            response.setHeader("Cache-Control", "no-store");
            FileDownloads.send(response, log);
            faces.responseComplete();
        } catch (BusinessException e) {
            Messages.show(e, "trackingLog");
        }
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
