package vn.camau.egov.identity.domain;

import java.util.Optional;

/** Where applicants are kept. */
public interface ApplicantRepository {

    Optional<Applicant> findByCitizenId(CitizenId citizenId);

    Optional<Applicant> findByEmail(String email);

    Optional<Applicant> findByUsername(String username);

    void store(Applicant applicant);
}
