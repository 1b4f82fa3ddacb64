package vn.camau.egov.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.reporting.application.ReportService;
import vn.camau.egov.reporting.application.ReportView;
import vn.camau.egov.reporting.domain.ReportStatus;
import vn.camau.egov.reporting.domain.TaskReport;
import vn.camau.egov.reporting.domain.TaskStatus;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.web.CurrentUser;
import vn.camau.egov.shared.web.Steps;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * workspace/monitoring/report.xhtml?id=: a unit's periodic report. Its officials write it (results
 * per task, difficulties, proposals) and its leader submits it; the Department returns it with a
 * comment or accepts it. Each step is a post-redirect-get.
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    @Inject
    private CurrentUser user;

    @Inject
    private FacesContext faces;

    private long id;
    private ReportView report;
    private String difficulties;
    private String proposals;
    private String note;
    private List<TaskForm> tasks = new ArrayList<>();
    private Map<String, String> errors = new LinkedHashMap<>();

    /** One task's line as the form edits it. */
    public static class TaskForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long taskId;
        private final String code;
        private final String content;
        private TaskStatus status;
        private String result;
        private String evidence;

        TaskForm(ReportView.TaskLine line) {
            taskId = line.taskId();
            code = line.code();
            content = line.content();
            status = line.status();
            result = line.result();
            evidence = line.evidence();
        }

        public long getTaskId() {
            return taskId;
        }

        public String getCode() {
            return code;
        }

        public String getContent() {
            return content;
        }

        public TaskStatus getStatus() {
            return status;
        }

        public void setStatus(TaskStatus status) {
            this.status = status;
        }

        public String getResult() {
            return result;
        }

        public void setResult(String result) {
            this.result = result;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }
    }

    @PostConstruct
    void load() {
        try {
            id = Long.parseLong(faces.getExternalContext().getRequestParameterMap().getOrDefault("id", ""));
            report = reports.view(id);
            difficulties = report.difficulties();
            proposals = report.proposals();
            tasks = new ArrayList<>(report.tasks().stream().map(TaskForm::new).toList());
        } catch (NumberFormatException | NotFoundException e) {
            report = null;
        }
    }

    private void step(Runnable action, String doneKey) {
        errors = Steps.run(action, doneKey, "/workspace/monitoring/report.xhtml?id=" + id, "report-actions");
        // refused: what was saved before the refusal (a submit saves first) is the version to build on;
        // the form keeps what the person typed
        try {
            report = reports.view(id);
        } catch (NotFoundException e) {
            report = null;
        }
    }

    private List<TaskReport> taskReports() {
        return tasks.stream().map(t -> new TaskReport(t.taskId, t.status, t.result, t.evidence)).toList();
    }

    public void save() {
        step(() -> reports.write(id, report.version(), difficulties, proposals, taskReports()), "report.done.saved");
    }

    /** The leader saves what is on the form and submits it, in two steps of the same request. */
    public void submit() {
        step(() -> {
            if (report.editable()) {
                reports.write(id, report.version(), difficulties, proposals, taskReports());
            }
            reports.submit(id, reports.view(id).version());
        }, "report.done.submitted");
    }

    public void returnToUnit() {
        step(() -> reports.returnToUnit(id, report.version(), note), "report.done.returned");
    }

    public void accept() {
        step(() -> reports.accept(id, report.version()), "report.done.accepted");
    }

    public boolean isWritable() {
        return report != null && report.editable() && user.getUnit() != null
                && report.unitCode().equals(user.getUnit().code())
                && (user.hasRole("leader") || user.hasRole("specialist") || user.hasRole("unit-admin"));
    }

    public boolean isSubmittable() {
        return isWritable() && user.hasRole("leader");
    }

    public boolean isReviewable() {
        return report != null && report.status() == ReportStatus.SUBMITTED && !report.period().consolidated()
                && user.hasRole("dic-monitor");
    }

    public List<TaskStatus> getStatuses() {
        return List.of(TaskStatus.values());
    }

    public String error(String field) {
        return errors.get(field);
    }

    public ReportView getReport() {
        return report;
    }

    public List<TaskForm> getTasks() {
        return tasks;
    }

    public String getDifficulties() {
        return difficulties;
    }

    public void setDifficulties(String difficulties) {
        this.difficulties = difficulties;
    }

    public String getProposals() {
        return proposals;
    }

    public void setProposals(String proposals) {
        this.proposals = proposals;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
