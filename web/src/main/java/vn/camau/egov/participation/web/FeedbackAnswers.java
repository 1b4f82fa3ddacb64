package vn.camau.egov.participation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.participation.application.FeedbackService;
import vn.camau.egov.participation.application.FeedbackView;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;

/** feedback-answers.xhtml?page=N: the published answers to feedback, newest first. */
@Named
@RequestScoped
public class FeedbackAnswers {

    @Inject
    private FeedbackService feedback;

    private Page<FeedbackView> page;

    public Page<FeedbackView> getPage() {
        if (page == null) {
            page = feedback.published(new PageRequest(Params.page(), 20));
        }
        return page;
    }

    public int pageNumber() {
        return Params.page();
    }
}
