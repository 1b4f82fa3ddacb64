package vn.camau.egov.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.participation.application.FeedbackIndicators;
import vn.camau.egov.participation.application.FeedbackService;
import vn.camau.egov.reporting.application.DossierStatistics;
import vn.camau.egov.reporting.application.StatisticsService;
import vn.camau.egov.shared.domain.VietnamTime;
import vn.camau.egov.shared.web.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * statistics.xhtml?year=&amp;quarter=: every unit's dossiers in a quarter, for anyone (transparency):
 * counts and rates only, nothing about any person. Plain GET, no session.
 */
@Named
@RequestScoped
public class PublicStatistics {

    @Inject
    private StatisticsService statistics;

    @Inject
    private FeedbackService feedbackService;

    @Inject
    private FacesContext faces;

    private int year;
    private int quarter;
    private List<DossierStatistics> units;
    private List<FeedbackIndicators> feedback;

    @PostConstruct
    void read() {
        LocalDate today = VietnamTime.dateOf(Instant.now());
        Map<String, String> p = faces.getExternalContext().getRequestParameterMap();
        year = number(p.get("year"), today.getYear(), 2000, today.getYear());
        quarter = number(p.get("quarter"), (today.getMonthValue() - 1) / 3 + 1, 1, 4);
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        units = statistics.published(from, from.plusMonths(3).minusDays(1));
        feedback = feedbackService.indicators(from, from.plusMonths(3).minusDays(1));
    }

    private static int number(String s, int fallback, int min, int max) {
        try {
            return s == null ? fallback : Math.max(min, Math.min(max, Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }


    /** On-time and online rates per unit that had dossiers in the quarter, as a bar chart. */
    public String getChart() {
        List<DossierStatistics> shown = getChartedUnits();
        return Charts.percentBars(shown.stream().map(DossierStatistics::label).toList(), List.of(
                new Charts.Series(Messages.text("statistics.onTimeRate"), shown.stream().map(u -> u.onTimeRate() * 100).toList()),
                new Charts.Series(Messages.text("statistics.onlineRate"), shown.stream()
                        .map(u -> u.onlineRate() == null ? null : u.onlineRate() * 100).toList())));
    }

    public List<DossierStatistics> getChartedUnits() {
        return units.stream().filter(u -> u.received() + u.resolved() > 0).toList();
    }

    /** How each unit answers feedback in the quarter (Decision 766): public, as the rest of this page. */
    public List<FeedbackIndicators> getFeedback() {
        return feedback;
    }

    public List<DossierStatistics> getUnits() {
        return units;
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }
}
