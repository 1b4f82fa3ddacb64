package vn.camau.egov.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.application.UnitView;
import vn.camau.egov.reporting.application.IndexOverview;
import vn.camau.egov.reporting.application.IndexService;
import vn.camau.egov.reporting.application.OsiMove;
import vn.camau.egov.reporting.application.UnitIndex;
import vn.camau.egov.reporting.application.Weights;
import vn.camau.egov.reporting.domain.IndicatorValue;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.VietnamTime;
import vn.camau.egov.shared.web.Messages;
import vn.camau.egov.shared.web.Steps;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * workspace/monitoring/indices.xhtml?year=: the provincial ranking on the UN method, the moves that
 * would raise the province's OSI most, the indicator registry and the weights (the Department).
 */
@Named
@ViewScoped
public class IndicesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MOVES = 10;

    @Inject
    private IndexService indices;

    @Inject
    private Weights weights;

    @Inject
    private OrganizationService organization;

    @Inject
    private FacesContext faces;

    private int year;
    private List<UnitIndex> ranking = List.of();
    private List<OsiMove> moves = List.of();
    private Map<Integer, List<UnitIndex>> trend = Map.of();
    private Map<String, Map<String, Double>> weightTable;
    private String unit;
    private String code;
    private Double amount;
    private String source;
    private String scheme;
    private String component;
    private Double weight;
    private Map<String, String> errors = new LinkedHashMap<>();
    private String problem;

    @PostConstruct
    void load() {
        int current = VietnamTime.dateOf(Instant.now()).getYear();
        try {
            year = Math.max(2015, Math.min(current, Integer.parseInt(
                    faces.getExternalContext().getRequestParameterMap().getOrDefault("year", String.valueOf(current)))));
        } catch (NumberFormatException e) {
            year = current;
        }
        try {
            IndexOverview overview = indices.overview(year, MOVES);
            ranking = overview.ranking();
            moves = overview.moves();
        } catch (BusinessException e) {
            problem = Messages.describe(e);
        }
        weightTable = weights.all();
        if ("true".equals(faces.getExternalContext().getRequestParameterMap().get("trend"))) {
            trend = indices.trend(year);
        }
    }

    /** The province's OSI (mean raw OSI of its units) and mean ranking score, year by year. */
    public String getTrendChart() {
        List<String> years = trend.keySet().stream().map(String::valueOf).toList();
        return Charts.percentLines(years, List.of(
                new Charts.Series(Messages.text("indices.provinceOsi"), trend.values().stream()
                        .map(r -> r.stream().mapToDouble(UnitIndex::osiRaw).average().orElse(0) * 100).toList()),
                new Charts.Series(Messages.text("indices.score"), trend.values().stream()
                        .map(r -> r.stream().mapToDouble(UnitIndex::score).average().orElse(0) * 100).toList())));
    }

    public Map<Integer, List<UnitIndex>> getTrend() {
        return trend;
    }

    public List<Integer> getTrendYears() {
        return List.copyOf(trend.keySet());
    }

    /** A unit's row of the trend table: its raw OSI per year (null where it was not ranked). */
    public List<Double> trendOf(String unitCode) {
        return trend.values().stream().map(r -> r.stream().filter(u -> u.unitCode().equals(unitCode))
                .map(UnitIndex::osiRaw).findFirst().orElse(null)).toList();
    }

    public String getChart() {
        return Charts.percentBars(ranking.stream().map(UnitIndex::unitName).toList(), List.of(
                new Charts.Series(Messages.text("indices.score"), ranking.stream().map(r -> r.score() * 100).toList()),
                new Charts.Series("OSI", ranking.stream().map(r -> r.osiRaw() * 100).toList())));
    }

    public void record() {
        errors = Steps.run(() -> indices.record(year, unit, code, amount == null ? Double.NaN : amount, source),
                "indices.done.recorded", "/workspace/monitoring/indices.xhtml?year=" + year, "registry");
    }

    public void setWeight() {
        errors = Steps.run(() -> weights.set(scheme, component, weight == null ? Double.NaN : weight),
                "indices.done.weight", "/workspace/monitoring/indices.xhtml?year=" + year, "weights");
    }

    public List<String> getCodes() {
        return IndicatorValue.CODES.stream().sorted().toList();
    }

    public List<UnitView> getUnits() {
        return organization.units();
    }

    /** Why the question in the address has no answer; null when it has. */
    public String getProblem() {
        return problem;
    }

    public String error(String field) {
        return errors.get(field);
    }

    public int getYear() {
        return year;
    }

    public List<UnitIndex> getRanking() {
        return ranking;
    }

    public List<OsiMove> getMoves() {
        return moves;
    }

    public Map<String, Map<String, Double>> getWeightTable() {
        return weightTable;
    }

    public List<Map.Entry<String, Double>> weightsOf(String s) {
        return List.copyOf(weightTable.getOrDefault(s, Map.of()).entrySet());
    }

    public List<String> getSchemes() {
        return List.copyOf(weightTable.keySet());
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Double getAmount() {
        return amount;
    }

    public void setAmount(Double amount) {
        this.amount = amount;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getScheme() {
        return scheme;
    }

    public void setScheme(String scheme) {
        this.scheme = scheme;
    }

    public String getComponent() {
        return component;
    }

    public void setComponent(String component) {
        this.component = component;
    }

    public Double getWeight() {
        return weight;
    }

    public void setWeight(Double weight) {
        this.weight = weight;
    }
}
