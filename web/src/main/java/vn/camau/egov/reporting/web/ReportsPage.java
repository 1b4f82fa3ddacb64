package vn.camau.egov.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.reporting.application.PeriodOverview;
import vn.camau.egov.reporting.application.PeriodView;
import vn.camau.egov.reporting.application.ReportService;
import vn.camau.egov.reporting.domain.PeriodKind;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.VietnamTime;
import vn.camau.egov.shared.web.CurrentUser;
import vn.camau.egov.shared.web.Messages;
import vn.camau.egov.shared.web.Steps;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * workspace/monitoring/reports.xhtml?period=: the reporting periods. The Department opens periods,
 * follows each period's reports (late and missing ones first in mind), consolidates and prints the
 * provincial report; a unit's officials open their unit's report for a period.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    @Inject
    private CurrentUser user;

    @Inject
    private FacesContext faces;

    private List<PeriodView> periods;
    private Map<Long, PeriodOverview> own = Map.of();
    private Long selected;
    private PeriodView period;
    private List<PeriodOverview> overview = List.of();
    private PeriodKind kind = PeriodKind.QUARTER;
    private int year;
    private int number = 1;
    private LocalDate dueOn;
    private Map<String, String> errors = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        LocalDate today = VietnamTime.dateOf(Instant.now());
        year = today.getYear();
        number = PeriodKind.QUARTER.numberOf(today);
        periods = reports.periods();
        if (isUnitOfficial()) {
            own = reports.ownReports();
        }
        String p = faces.getExternalContext().getRequestParameterMap().get("period");
        try {
            selected = p == null ? null : Long.valueOf(p);
        } catch (NumberFormatException e) {
            selected = null;
        }
        if (selected != null && isDepartment()) {
            try {
                period = reports.periodView(selected);
                overview = reports.overview(selected);
            } catch (BusinessException e) {
                period = null;
            }
        }
    }

    public boolean isDepartment() {
        return user.hasRole("dic-monitor") || user.hasRole("province-admin");
    }

    public boolean isUnitOfficial() {
        return user.hasRole("leader") || user.hasRole("specialist") || user.hasRole("unit-admin");
    }

    public void openPeriod() {
        errors = Steps.run(() -> reports.openPeriod(kind, year, number, dueOn), "report.done.opened",
                "/workspace/monitoring/reports.xhtml", "open-period");
    }

    /** The unit's report for the period: opened, or drafted first. */
    public void openReport(long periodId) {
        try {
            long id = reports.draft(periodId);
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/workspace/monitoring/report.xhtml?id=" + id);
        } catch (BusinessException e) {
            Messages.show(e, "periods");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void consolidate() {
        errors = Steps.run(() -> reports.consolidate(selected), "report.done.consolidated",
                "/workspace/monitoring/reports.xhtml?period=" + selected, "overview");
    }

    public long getLateCount() {
        return overview.stream().filter(o -> o.late() && o.missing()).count();
    }

    public PeriodOverview own(long periodId) {
        return own.get(periodId);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public List<PeriodView> getPeriods() {
        return periods;
    }

    public PeriodView getPeriod() {
        return period;
    }

    public List<PeriodOverview> getOverview() {
        return overview;
    }

    public List<PeriodKind> getKinds() {
        return List.of(PeriodKind.values());
    }

    public PeriodKind getKind() {
        return kind;
    }

    public void setKind(PeriodKind kind) {
        this.kind = kind;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
