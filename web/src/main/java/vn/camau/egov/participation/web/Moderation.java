package vn.camau.egov.participation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.participation.application.CommentView;
import vn.camau.egov.participation.application.ConsultationService;
import vn.camau.egov.shared.web.Steps;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * workspace/participation/comments.xhtml: the unit's comments waiting for moderation (publish, or
 * reject with the reason the author will read) and its published comments without an answer.
 */
@Named
@ViewScoped
public class Moderation implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/workspace/participation/comments.xhtml";

    @Inject
    private ConsultationService consultations;

    private List<CommentView> pending;
    private List<CommentView> unanswered;
    /** What the moderator typed per comment: a rejection's reason or an answer. */
    private final Map<Long, String> texts = new HashMap<>();
    private Map<String, String> errors = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        pending = consultations.moderationQueue();
        unanswered = consultations.unanswered();
    }

    public void publish(CommentView c) {
        errors = Steps.run(() -> consultations.publishComment(c.id(), c.version()), "comment.done.published", PAGE, "moderation");
    }

    public void reject(CommentView c) {
        errors = keyed(c, Steps.run(() -> consultations.rejectComment(c.id(), c.version(), texts.get(c.id())),
                "comment.done.rejected", PAGE, "moderation"));
    }

    public void answer(CommentView c) {
        errors = keyed(c, Steps.run(() -> consultations.answer(c.id(), c.version(), texts.get(c.id())),
                "comment.done.answered", PAGE, "answers"));
    }

    /** A refusal's field problems, shown beside the comment they belong to. */
    private static Map<String, String> keyed(CommentView c, Map<String, String> problems) {
        Map<String, String> keyed = new LinkedHashMap<>();
        problems.values().forEach(text -> keyed.merge("comment-" + c.id(), text, (a, b) -> a + " " + b));
        return keyed;
    }

    public String error(long commentId) {
        return errors.get("comment-" + commentId);
    }

    public List<CommentView> getPending() {
        return pending;
    }

    public List<CommentView> getUnanswered() {
        return unanswered;
    }

    public Map<Long, String> getTexts() {
        return texts;
    }
}
