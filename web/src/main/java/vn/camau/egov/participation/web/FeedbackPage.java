package vn.camau.egov.participation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.participation.application.FeedbackService;
import vn.camau.egov.participation.application.FeedbackView;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.web.Messages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * feedback-view.xhtml?code=&amp;key=: one feedback and its answer. Anyone reads a published answer;
 * the author (signed in, or with the key from the receipt) reads a private one and rates the
 * answer. Stateless: the code and key travel with the rating form.
 */
@Named
@RequestScoped
public class FeedbackPage {

    @Inject
    private FeedbackService feedback;

    @Inject
    private FacesContext faces;

    private String code;
    private String key;
    private boolean sent;
    private FeedbackView view;

    @PostConstruct
    void load() {
        Map<String, String> p = faces.getExternalContext().getRequestParameterMap();
        // on the rating form's post too: it carries them as plain hidden fields
        code = p.get("code");
        key = p.get("key");
        sent = "true".equals(p.get("sent"));
        try {
            view = code == null ? null : feedback.view(code, key);
        } catch (BusinessException e) {
            view = null;
        }
    }

    public void rate(boolean satisfied) throws IOException {
        try {
            feedback.rate(code, key, satisfied);
            ExternalContext external = faces.getExternalContext();
            external.getFlash().setKeepMessages(true);
            Messages.info("feedback.done.rated");
            external.redirect(external.getRequestContextPath() + "/feedback-view.xhtml?code=" + code
                    + (key == null ? "" : "&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)));
        } catch (BusinessException e) {
            Messages.show(e, "rating");
        }
    }

    public FeedbackView getView() {
        return view;
    }

    public String getCode() {
        return code;
    }

    public String getKey() {
        return key;
    }

    public boolean isSent() {
        return sent;
    }
}
