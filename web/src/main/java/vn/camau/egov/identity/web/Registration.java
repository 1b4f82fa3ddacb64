package vn.camau.egov.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.identity.application.ApplicantService;
import vn.camau.egov.identity.domain.CitizenRegistration;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.web.Language;
import vn.camau.egov.shared.web.Messages;

import java.io.IOException;

/** The citizen registration form (register.xhtml). */
@Named
@RequestScoped
public class Registration {

    @Inject
    private ApplicantService applicants;

    @Inject
    private Language language;

    @Inject
    private FacesContext faces;

    private String fullName;
    private String citizenId;
    private String email;
    private String phone;
    private String password;
    private String passwordConfirmation;

    public void submit() throws IOException {
        try {
            applicants.registerCitizen(new CitizenRegistration(fullName, citizenId, email, phone, password,
                    passwordConfirmation), language.getLocale());
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/signin.xhtml?registered=true");
        } catch (BusinessException e) {
            Messages.show(e, "registration");
        } finally {
            password = null;
            passwordConfirmation = null;
        }
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getCitizenId() {
        return citizenId;
    }

    public void setCitizenId(String citizenId) {
        this.citizenId = citizenId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }
}
