package vn.camau.egov.participation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.participation.application.CommentView;
import vn.camau.egov.participation.application.ConsultationService;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;

/** account/comments.xhtml?page=N: the citizen's comments, their status, a rejection's reason and the answers. */
@Named
@RequestScoped
public class MyComments {

    @Inject
    private ConsultationService consultations;

    private Page<CommentView> page;

    public Page<CommentView> getPage() {
        if (page == null) {
            page = consultations.myComments(new PageRequest(Params.page(), 20));
        }
        return page;
    }

    public int pageNumber() {
        return Params.page();
    }
}
