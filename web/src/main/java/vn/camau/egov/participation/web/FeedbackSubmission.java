package vn.camau.egov.participation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.application.UnitView;
import vn.camau.egov.participation.application.FeedbackReceipt;
import vn.camau.egov.participation.application.FeedbackService;
import vn.camau.egov.participation.domain.FeedbackForm;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.web.Messages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * feedback.xhtml?procedure=CODE: feedback on a procedure or a regulation, for anyone (a stateless
 * form): signed-in citizens send it as themselves, others give a name and a phone number or
 * e-mail. Sent, the page of the feedback opens with its code and key, to follow and rate it.
 */
@Named
@RequestScoped
public class FeedbackSubmission {

    @Inject
    private FeedbackService feedback;

    @Inject
    private OrganizationService organization;

    @Inject
    private FacesContext faces;

    private String procedureCode;
    private String regulation;
    private String unitCode;
    private String title;
    private String content;
    private boolean privateAnswer;
    private String name;
    private String phone;
    private String email;
    private List<UnitView> units;

    @PostConstruct
    void read() {
        procedureCode = faces.getExternalContext().getRequestParameterMap().get("procedure");
    }

    public void submit() throws IOException {
        try {
            FeedbackReceipt receipt = feedback.submit(new FeedbackForm(procedureCode, regulation, unitCode, title, content,
                    privateAnswer, name, phone, email));
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/feedback-view.xhtml?code=" + receipt.code()
                    + "&key=" + URLEncoder.encode(receipt.key(), StandardCharsets.UTF_8) + "&sent=true");
        } catch (BusinessException e) {
            Messages.show(e, "feedback");
        }
    }

    /** Asked of the request, not of the session-scoped user: this page must not make a session for a visitor. */
    public boolean isCitizen() {
        return faces.getExternalContext().isUserInRole("citizen");
    }

    /** The active units, read once per request (the page asks for them while it renders and validates). */
    public List<UnitView> getUnits() {
        if (units == null) {
            units = organization.units().stream().filter(UnitView::active).toList();
        }
        return units;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public void setProcedureCode(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public String getRegulation() {
        return regulation;
    }

    public void setRegulation(String regulation) {
        this.regulation = regulation;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public boolean isPrivateAnswer() {
        return privateAnswer;
    }

    public void setPrivateAnswer(boolean privateAnswer) {
        this.privateAnswer = privateAnswer;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
