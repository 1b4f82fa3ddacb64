package vn.camau.egov.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.application.UnitView;
import vn.camau.egov.reporting.application.IndexService;
import vn.camau.egov.reporting.application.OsiSheet;
import vn.camau.egov.reporting.application.ProcedureChoice;
import vn.camau.egov.reporting.application.WhatIf;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.VietnamTime;
import vn.camau.egov.shared.web.CurrentUser;
import vn.camau.egov.shared.web.Messages;
import vn.camau.egov.shared.web.Steps;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * workspace/monitoring/osi.xhtml?year=&amp;unit=: a unit's OSI self-assessment for a year (its leader
 * or administrator answers; the platform fills the measured questions) and the what-if of raising
 * procedures to level 4. The Department looks at any unit; others at their own.
 */
@Named
@ViewScoped
public class OsiPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IndexService indices;

    @Inject
    private OrganizationService organization;

    @Inject
    private CurrentUser user;

    @Inject
    private FacesContext faces;

    private int year;
    private String unit;
    private OsiSheet sheet;
    private Map<String, String> answers = new LinkedHashMap<>();
    private List<ProcedureChoice> choices = List.of();
    private List<String> chosen = new ArrayList<>();
    private WhatIf whatIf;
    private Map<String, String> errors = new LinkedHashMap<>();
    private String problem;

    @PostConstruct
    void load() {
        Map<String, String> p = faces.getExternalContext().getRequestParameterMap();
        int current = VietnamTime.dateOf(Instant.now()).getYear();
        try {
            year = Math.max(2015, Math.min(current, Integer.parseInt(p.getOrDefault("year", String.valueOf(current)))));
        } catch (NumberFormatException e) {
            year = current;
        }
        unit = isDepartment() ? p.getOrDefault("unit", user.getUnit() == null ? null : user.getUnit().code())
                : user.getUnit().code();
        try {
            sheet = indices.questionnaire(year, unit);
            sheet.lines().stream().filter(l -> !l.measured())
                    .forEach(l -> answers.put(l.code(), l.answer() == null ? "" : l.answer().toString()));
            if (mayWhatIf()) {
                choices = indices.belowLevel4(unit);
            }
        } catch (BusinessException e) {
            sheet = null;
            problem = Messages.describe(e);
        }
    }

    public boolean isDepartment() {
        return user.hasRole("dic-monitor") || user.hasRole("province-admin");
    }

    public boolean isAnswerable() {
        return !isDepartment() && (user.hasRole("leader") || user.hasRole("unit-admin"));
    }

    private boolean mayWhatIf() {
        return isDepartment() || user.hasRole("leader") || user.hasRole("unit-admin");
    }

    public boolean isWhatIfShown() {
        return mayWhatIf() && sheet != null;
    }

    public void save() {
        Map<String, Boolean> given = new LinkedHashMap<>();
        answers.forEach((code, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(code, Boolean.valueOf(value));
            }
        });
        errors = Steps.run(() -> indices.answer(year, given), "osi.done.saved",
                "/workspace/monitoring/osi.xhtml?year=" + year, "osi");
    }

    /** Computes the what-if; nothing is changed. */
    public void compute() {
        errors = new LinkedHashMap<>();
        try {
            whatIf = indices.whatIf(year, unit, chosen);
        } catch (InvalidInputException e) {
            errors = Messages.byField(e);
        } catch (BusinessException e) {
            Messages.show(e, "what-if");
        }
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

    public String getUnit() {
        return unit;
    }

    public OsiSheet getSheet() {
        return sheet;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public List<ProcedureChoice> getChoices() {
        return choices;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }

    public WhatIf getWhatIf() {
        return whatIf;
    }
}
