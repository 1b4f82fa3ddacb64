package vn.camau.egov.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.shared.application.AuditEntryView;
import vn.camau.egov.shared.application.AuditFilter;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.application.ChainReport;
import vn.camau.egov.shared.application.Clocks;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;

import java.io.Serializable;
import java.time.LocalDate;

/** The audit trail for provincial administrators (workspace/audit.xhtml): filter, newest first, a page at a time. */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 50;

    @Inject
    private AuditTrail audit;

    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private int pageNumber;
    private Page<AuditEntryView> page;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        pageNumber = 0;
        load();
    }

    private void load() {
        AuditFilter filter = new AuditFilter(blankToNull(actor), blankToNull(action),
                from == null ? null : from.atStartOfDay(Clocks.VIETNAM).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(Clocks.VIETNAM).toInstant());
        page = audit.search(filter, new PageRequest(pageNumber, PAGE_SIZE));
    }

    /** Walks the trail's hash chain and says what it found. */
    public void verify() {
        ChainReport report = audit.verify();
        if (report.intact()) {
            Messages.info("audit.intact", report.checked());
        } else if (report.brokenAt() != null) {
            Messages.error("audit.broken", report.brokenAt(), report.why());
        } else {
            Messages.error("audit.outside", report.why());
        }
        load();
    }

    public void nextPage() {
        if (pageNumber + 1 < page.pageCount()) {
            pageNumber++;
            load();
        }
    }

    public void previousPage() {
        if (pageNumber > 0) {
            pageNumber--;
            load();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Page<AuditEntryView> getPage() {
        return page;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
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
