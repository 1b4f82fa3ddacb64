package vn.camau.egov.participation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.participation.application.NoticeService;
import vn.camau.egov.participation.application.NoticeView;
import vn.camau.egov.participation.domain.NoticeKind;
import vn.camau.egov.shared.web.Steps;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** workspace/participation/notices.xhtml: the unit's news, announcements and procurement notices; write, publish, withdraw. */
@Named
@ViewScoped
public class UnitNotices implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/workspace/participation/notices.xhtml";

    @Inject
    private NoticeService notices;

    private List<NoticeView> list;
    private NoticeKind kind = NoticeKind.NEWS;
    private String title;
    private String body;
    private LocalDate closesOn;
    private Map<String, String> errors = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        list = notices.unitNotices();
    }

    public void save() {
        errors = Steps.run(() -> notices.draft(kind, title, body, closesOn), "notice.done.drafted", PAGE, "notice");
    }

    public void publish(NoticeView n, boolean publish) {
        errors = Steps.run(() -> notices.publish(n.id(), n.version(), publish),
                publish ? "notice.done.published" : "notice.done.withdrawn", PAGE, "notices");
    }

    public String error(String field) {
        return errors.get(field);
    }

    public List<NoticeView> getList() {
        return list;
    }

    public List<NoticeKind> getKinds() {
        return List.of(NoticeKind.values());
    }

    public NoticeKind getKind() {
        return kind;
    }

    public void setKind(NoticeKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }
}
