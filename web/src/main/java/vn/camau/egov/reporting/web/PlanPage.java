package vn.camau.egov.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.application.UnitView;
import vn.camau.egov.reporting.application.PlanTaskView;
import vn.camau.egov.reporting.application.ReportService;
import vn.camau.egov.shared.domain.VietnamTime;
import vn.camau.egov.shared.web.Steps;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * workspace/monitoring/plan.xhtml: the plan's tasks with their owners and where the units stand;
 * the provincial administrator links a named owner to its unit.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    @Inject
    private OrganizationService organization;

    private List<PlanTaskView> tasks;
    private String task;
    private String unit;
    private Map<String, String> errors = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        tasks = reports.tasks();
    }

    public List<PlanTaskView> getTasks() {
        return tasks;
    }

    public List<PlanTaskView> getOwnedTasks() {
        return getTasks().stream().filter(t -> !t.allUnits()).toList();
    }

    public List<UnitView> getUnits() {
        return organization.units();
    }

    public int getYear() {
        return VietnamTime.dateOf(Instant.now()).getYear();
    }

    public void assign() {
        errors = Steps.run(() -> reports.assignTask(task, unit), "plan.done.assigned", "/workspace/monitoring/plan.xhtml",
                "assign");
    }

    public String error(String field) {
        return errors.get(field);
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
