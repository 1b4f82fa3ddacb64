package vn.camau.egov.participation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.participation.application.NoticeService;
import vn.camau.egov.participation.application.NoticeView;
import vn.camau.egov.participation.domain.NoticeKind;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;

import java.util.List;

/**
 * news.xhtml?kind=NEWS|ANNOUNCEMENT|PROCUREMENT&amp;page=N and notice.xhtml?id=: the units' news,
 * announcements and procurement notices, for anyone, without a session.
 */
@Named
@RequestScoped
public class PublicNotices {

    @Inject
    private NoticeService notices;

    @Inject
    private FacesContext faces;

    private Page<NoticeView> page;
    private NoticeView notice;
    private boolean noticeRead;

    public NoticeKind getKind() {
        try {
            return NoticeKind.valueOf(faces.getExternalContext().getRequestParameterMap().getOrDefault("kind", "NEWS"));
        } catch (IllegalArgumentException e) {
            return NoticeKind.NEWS;
        }
    }

    public List<NoticeKind> getKinds() {
        return List.of(NoticeKind.values());
    }

    public Page<NoticeView> getPage() {
        if (page == null) {
            page = notices.published(getKind(), new PageRequest(Params.page(), 20));
        }
        return page;
    }

    public NoticeView getNotice() {
        if (!noticeRead) {
            noticeRead = true;
            Long id = Params.number("id");
            try {
                notice = id == null ? null : notices.view(id);
            } catch (BusinessException e) {
                notice = null;
            }
        }
        return notice;
    }

    public int pageNumber() {
        return Params.page();
    }
}
