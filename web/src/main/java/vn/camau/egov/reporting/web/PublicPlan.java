package vn.camau.egov.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.reporting.application.PeriodView;
import vn.camau.egov.reporting.application.PlanTaskView;
import vn.camau.egov.reporting.application.ReportService;

import java.util.List;

/**
 * plan.xhtml: the province's e-government plan, its tasks and how far the units have come by the
 * consolidated (published) periods, and the published provincial reports.
 */
@Named
@RequestScoped
public class PublicPlan {

    @Inject
    private ReportService reports;

    private List<PlanTaskView> tasks;
    private List<PeriodView> periods;

    public List<PlanTaskView> getTasks() {
        if (tasks == null) {
            tasks = reports.publicTasks();
        }
        return tasks;
    }

    public List<PeriodView> getPeriods() {
        if (periods == null) {
            periods = reports.consolidatedPeriods();
        }
        return periods;
    }
}
