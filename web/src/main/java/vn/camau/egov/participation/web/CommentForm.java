package vn.camau.egov.participation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.participation.application.ConsultationService;
import vn.camau.egov.participation.application.ConsultationView;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.web.Steps;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * account/comment.xhtml?id=&amp;article=: a signed-in citizen or business comments on an open
 * consultation, on the whole draft or on one article. Sent, the comment waits for the unit's
 * moderation; the author follows it in account/comments.xhtml.
 */
@Named
@ViewScoped
public class CommentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsultationService consultations;

    private ConsultationView consultation;
    private Long article;
    private String body;
    private Map<String, String> errors = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        Long id = Params.number("id");
        article = Params.number("article");
        try {
            consultation = id == null ? null : consultations.view(id);
        } catch (BusinessException e) {
            consultation = null;
        }
    }

    public void send() {
        errors = Steps.run(() -> consultations.comment(consultation.id(), article, body), "comment.done.sent",
                "/account/comments.xhtml", "comment");
    }

    public String error(String field) {
        return errors.get(field);
    }

    public ConsultationView getConsultation() {
        return consultation;
    }

    public Long getArticle() {
        return article;
    }

    public void setArticle(Long article) {
        this.article = article;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
