package vn.camau.egov.participation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.participation.application.CommentView;
import vn.camau.egov.participation.application.ConsultationService;
import vn.camau.egov.participation.application.ConsultationView;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;

/**
 * consultation.xhtml?id=&amp;article=&amp;page=: a consultation's draft, article by article with the
 * number of published comments on each, and the published comments with the unit's answers (all,
 * or one article's). Anyone reads it without a session; commenting leads to the citizen's account.
 */
@Named
@RequestScoped
public class ConsultationPage {

    @Inject
    private ConsultationService consultations;

    private ConsultationView consultation;
    private Long article;
    private Page<CommentView> comments;

    @PostConstruct
    void load() {
        Long id = Params.number("id");
        article = Params.number("article");
        try {
            consultation = id == null ? null : consultations.view(id);
            if (consultation != null) {
                if (article != null && consultation.articles().stream().noneMatch(a -> a.id() == article)) {
                    article = null;
                }
                comments = consultations.publishedComments(id, article, new PageRequest(Params.page(), 20));
            }
        } catch (BusinessException e) {
            consultation = null;
        }
    }

    public ConsultationView getConsultation() {
        return consultation;
    }

    public Long getArticle() {
        return article;
    }

    public Page<CommentView> getComments() {
        return comments;
    }

    public int pageNumber() {
        return Params.page();
    }
}
