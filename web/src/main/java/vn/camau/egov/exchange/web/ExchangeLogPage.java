package vn.camau.egov.exchange.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.shared.application.ChainReport;
import vn.camau.egov.exchange.application.ExchangeMonitor;
import vn.camau.egov.exchange.application.LoggedMessageView;
import vn.camau.egov.exchange.application.ReconciliationDay;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;
import vn.camau.egov.shared.domain.VietnamTime;
import vn.camau.egov.shared.web.Messages;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * workspace/exchange/log.xhtml?day=&amp;from=&amp;to=&amp;page=: the daily reconciliation over a period,
 * the message log of a day, and the verification of the whole hash chain.
 */
@Named
@ViewScoped
public class ExchangeLogPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 50;

    @Inject
    private ExchangeMonitor monitor;

    @Inject
    private FacesContext faces;

    @Inject
    private vn.camau.egov.exchange.application.PortalPublisher portal;

    private LocalDate day;
    private LocalDate from;
    private LocalDate to;
    private int pageNumber;
    private ChainReport report;
    private List<ReconciliationDay> days = List.of();
    private Page<LoggedMessageView> log;
    private String periodError;

    @PostConstruct
    void read() {
        Map<String, String> p = faces.getExternalContext().getRequestParameterMap();
        LocalDate today = VietnamTime.dateOf(Instant.now());
        day = date(p.get("day"), today);
        to = date(p.get("to"), today);
        from = date(p.get("from"), to.minusDays(6));
        try {
            pageNumber = Math.max(0, Integer.parseInt(p.getOrDefault("page", "0")));
        } catch (NumberFormatException e) {
            pageNumber = 0;
        }
        try {
            days = monitor.reconciliation(from, to);
        } catch (InvalidInputException e) {
            periodError = Messages.byField(e).get("to");
        }
        log = monitor.log(day, new PageRequest(pageNumber, PAGE_SIZE));
    }

    private static LocalDate date(String s, LocalDate fallback) {
        try {
            return s == null || s.isBlank() ? fallback : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    public void verify() {
        report = monitor.verify();
        if (report.intact()) {
            Messages.info("exchangeLog.intact", report.checked());
        } else {
            Messages.error("exchangeLog.broken", report.brokenAt(), report.why());
        }
    }

    /** Sends the whole catalogue to the national portal. */
    public void publishCatalogue() {
        var published = portal.publishCatalogue();
        if (published.sent() == 0 && published.unitsWithoutKey().isEmpty()) {
            Messages.error("exchangeLog.noPortal");
            return;
        }
        Messages.info("exchangeLog.cataloguePublished", published.sent());
        if (!published.unitsWithoutKey().isEmpty()) {
            Messages.error("exchangeLog.unitsWithoutKey", String.join(", ", published.unitsWithoutKey()));
        }
    }

    /** The period's reconciliation as a PDF report. */
    public void print() throws java.io.IOException {
        try {
            var report = monitor.reconciliationReport(from, to);
            jakarta.servlet.http.HttpServletResponse response =
                    (jakarta.servlet.http.HttpServletResponse) faces.getExternalContext().getResponse();
            response.setHeader("Cache-Control", "no-store");
            vn.camau.egov.shared.web.FileDownloads.send(response, report);
            faces.responseComplete();
        } catch (InvalidInputException e) {
            periodError = Messages.byField(e).get("to");
        }
    }

    public ChainReport getReport() {
        return report;
    }

    public List<ReconciliationDay> getDays() {
        return days;
    }

    public Page<LoggedMessageView> getLog() {
        return log;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public String getPeriodError() {
        return periodError;
    }
}
