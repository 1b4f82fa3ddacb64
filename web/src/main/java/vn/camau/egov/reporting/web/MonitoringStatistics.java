package vn.camau.egov.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.application.UnitView;
import vn.camau.egov.participation.application.FeedbackIndicators;
import vn.camau.egov.participation.application.FeedbackService;
import vn.camau.egov.reporting.application.Breakdown;
import vn.camau.egov.reporting.application.DossierStatistics;
import vn.camau.egov.reporting.application.StatisticsService;
import vn.camau.egov.reporting.domain.Scorecard766;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.VietnamTime;
import vn.camau.egov.shared.web.CurrentUser;
import vn.camau.egov.shared.web.Messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * workspace/monitoring/statistics.xhtml?period=&amp;year=&amp;number=&amp;unit=&amp;by=: the dossier
 * statistics of a month, quarter, half year, year or range of days, per unit, procedure or field,
 * with each unit's Decision 766 score, a chart and the exports. The Department reads every unit;
 * other officials their own. Plain GET: the address is the question, and can be bookmarked.
 */
@Named
@RequestScoped
public class MonitoringStatistics {

    /** Bars in the chart: beyond this the chart is unreadable; the table has every row. */
    private static final int CHART_ROWS = 30;

    @Inject
    private StatisticsService statistics;

    @Inject
    private OrganizationService organization;

    @Inject
    private FeedbackService feedbackService;

    @Inject
    private CurrentUser user;

    @Inject
    private FacesContext faces;

    private StatisticsPeriod period;
    private String unit;
    private Breakdown by;
    private List<DossierStatistics> rows = List.of();
    private Map<String, Scorecard766> scorecards = Map.of();
    private String problem;
    private List<FeedbackIndicators> feedback = List.of();

    @PostConstruct
    void read() {
        Map<String, String> p = faces.getExternalContext().getRequestParameterMap();
        period = StatisticsPeriod.of(p, VietnamTime.dateOf(Instant.now()));
        unit = isDepartment() ? blankToNull(p.get("unit")) : user.getUnit().code();
        try {
            by = Breakdown.valueOf(p.getOrDefault("by", "UNIT").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            by = Breakdown.UNIT;
        }
        try {
            rows = statistics.table(period.from(), period.to(), unit, by);
            if (by == Breakdown.UNIT) {
                scorecards = statistics.scorecards(period.from(), period.to(), unit);
                feedback = feedbackService.indicators(period.from(), period.to()).stream()
                        .filter(f -> unit == null || f.unitCode().equals(unit)).toList();
            }
        } catch (BusinessException e) {
            problem = Messages.describe(e);
        }
    }

    public boolean isDepartment() {
        return user.hasRole("dic-monitor") || user.hasRole("province-admin");
    }

    public List<UnitView> getUnits() {
        return organization.units();
    }

    public String getChart() {
        List<DossierStatistics> shown = rows.stream().filter(r -> r.received() + r.resolved() > 0).limit(CHART_ROWS).toList();
        return Charts.percentBars(shown.stream().map(DossierStatistics::label).toList(), List.of(
                new Charts.Series(Messages.text("statistics.onTimeRate"), shown.stream().map(r -> r.onTimeRate() * 100).toList()),
                new Charts.Series(Messages.text("statistics.onlineRate"), shown.stream()
                        .map(r -> r.onlineRate() == null ? null : r.onlineRate() * 100).toList())));
    }

    public boolean isChartShown() {
        return rows.stream().anyMatch(r -> r.received() + r.resolved() > 0);
    }

    /** The export's address: the same question, in the format asked. */
    public String exportUrl(String format) {
        return faces.getExternalContext().getRequestContextPath() + "/files/monitoring?what=statistics&format=" + format
                + "&" + period.query() + "&by=" + by + (unit == null ? "" : "&unit=" + URLEncoder.encode(unit, StandardCharsets.UTF_8));
    }

    public Scorecard766 scorecard(String unitCode) {
        return scorecards.get(unitCode);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Why the question in the address has no answer (a range too long, an unknown unit); null when it has. */
    public String getProblem() {
        return problem;
    }

    public StatisticsPeriod getPeriod() {
        return period;
    }

    public String getUnit() {
        return unit;
    }

    public Breakdown getBy() {
        return by;
    }

    public List<DossierStatistics> getRows() {
        return rows;
    }

    /** Decision 766's feedback indicators per unit for the same period (per unit only). */
    public List<FeedbackIndicators> getFeedback() {
        return feedback;
    }

    public List<Scorecard766.Group> getGroups() {
        return List.of(Scorecard766.Group.values());
    }
}
