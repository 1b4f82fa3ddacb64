package vn.camau.egov.participation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.participation.application.FeedbackService;
import vn.camau.egov.participation.application.FeedbackView;
import vn.camau.egov.shared.web.Steps;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** workspace/participation/feedback.xhtml: the unit's feedback awaiting an answer, the earliest due first. */
@Named
@ViewScoped
public class FeedbackQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeedbackService feedback;

    private List<FeedbackView> queue;
    private final Map<String, String> answers = new HashMap<>();
    private Map<String, String> errors = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        queue = feedback.unitQueue();
    }

    public void answer(FeedbackView f) {
        Map<String, String> problems = Steps.run(() -> feedback.answer(f.code(), f.version(), answers.get(f.code())),
                "feedback.done.answered", "/workspace/participation/feedback.xhtml", "queue");
        errors = new LinkedHashMap<>();
        problems.values().forEach(text -> errors.merge(f.code(), text, (a, b) -> a + " " + b));
    }

    public String error(String code) {
        return errors.get(code);
    }

    public List<FeedbackView> getQueue() {
        return queue;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }
}
