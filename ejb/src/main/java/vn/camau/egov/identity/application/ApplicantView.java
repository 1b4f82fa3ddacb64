package vn.camau.egov.identity.application;

import vn.camau.egov.identity.domain.Applicant;
import vn.camau.egov.identity.domain.ApplicantKind;

import java.io.Serializable;
import java.time.Instant;

/** An applicant as pages show it. */
public record ApplicantView(String username, ApplicantKind kind, String fullName, String citizenId, String email,
                            String phone, Instant registeredAt) implements Serializable {

    static ApplicantView of(Applicant a) {
        return new ApplicantView(a.getAccount().getUsername(), a.getKind(), a.getFullName(),
                a.getCitizenId() == null ? null : a.getCitizenId().value(), a.getEmail(), a.getPhone(),
                a.getCreatedAt());
    }
}
