package vn.camau.egov.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.identity.application.ApplicantService;
import vn.camau.egov.identity.application.ApplicantView;

/** The citizen's account page (account/index.xhtml). */
@Named
@RequestScoped
public class MyAccount {

    @Inject
    private ApplicantService applicants;

    private ApplicantView applicant;

    public ApplicantView getApplicant() {
        if (applicant == null) {
            applicant = applicants.currentApplicant().orElse(null);
        }
        return applicant;
    }
}
