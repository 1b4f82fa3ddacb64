package vn.camau.egov.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.catalog.application.CatalogQuery;
import vn.camau.egov.catalog.application.CatalogService;
import vn.camau.egov.catalog.application.FieldView;
import vn.camau.egov.catalog.application.ProcedureSummary;
import vn.camau.egov.catalog.domain.ServiceLevel;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.application.UnitView;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The public catalogue (procedures.xhtml): a plain GET form, so results are bookmarkable and the
 * page keeps no state. Parameters: q (words, diacritics optional), unit, field, level, page.
 */
@Named
@RequestScoped
public class CatalogSearch {

    private static final int PAGE_SIZE = 20;

    @Inject
    private CatalogService catalog;

    @Inject
    private OrganizationService organization;

    @Inject
    private FacesContext faces;

    private String q;
    private String unit;
    private String field;
    private ServiceLevel level;
    private int page;
    private Page<ProcedureSummary> results;

    @PostConstruct
    void read() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        q = limit(params.get("q"), 200);
        unit = limit(params.get("unit"), 32);
        field = limit(params.get("field"), 32);
        try {
            String l = params.get("level");
            level = l == null || l.isBlank() ? null : ServiceLevel.of(Integer.parseInt(l));
        } catch (IllegalArgumentException e) {
            level = null;
        }
        try {
            page = Math.max(0, Math.min(10_000, Integer.parseInt(params.getOrDefault("page", "0"))));
        } catch (NumberFormatException e) {
            page = 0;
        }
    }

    private static String limit(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.length() > max ? value.substring(0, max) : value;
    }

    public Page<ProcedureSummary> getResults() {
        if (results == null) {
            results = catalog.search(new CatalogQuery(q, unit, field, level), new PageRequest(page, PAGE_SIZE));
        }
        return results;
    }

    public List<UnitView> getUnits() {
        return organization.units();
    }

    public List<FieldView> getFields() {
        return catalog.fields();
    }

    public List<Integer> getLevels() {
        return List.of(1, 2, 3, 4);
    }

    /** The address of another page of the same search. */
    public String pageUrl(int number) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("unit", unit);
        params.put("field", field);
        params.put("level", level == null ? null : String.valueOf(level.number()));
        params.put("page", String.valueOf(number));
        return faces.getExternalContext().getRequestContextPath() + "/procedures.xhtml?" + params.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String getQ() {
        return q;
    }

    public String getUnit() {
        return unit;
    }

    public String getField() {
        return field;
    }

    public Integer getLevel() {
        return level == null ? null : level.number();
    }

    public int getPage() {
        return page;
    }
}
