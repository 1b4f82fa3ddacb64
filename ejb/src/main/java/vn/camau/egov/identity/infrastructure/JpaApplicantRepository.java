package vn.camau.egov.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.identity.domain.Applicant;
import vn.camau.egov.identity.domain.ApplicantRepository;
import vn.camau.egov.identity.domain.CitizenId;

import java.util.Optional;

@ApplicationScoped
public class JpaApplicantRepository implements ApplicantRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Applicant> findByCitizenId(CitizenId citizenId) {
        return em.createNamedQuery("Applicant.findByCitizenId", Applicant.class)
                .setParameter("citizenId", citizenId).getResultStream().findFirst();
    }

    @Override
    public Optional<Applicant> findByEmail(String email) {
        return em.createNamedQuery("Applicant.findByEmail", Applicant.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    @Override
    public Optional<Applicant> findByUsername(String username) {
        return em.createNamedQuery("Applicant.findByUsername", Applicant.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public void store(Applicant applicant) {
        if (applicant.getId() == null) {
            em.persist(applicant);
        }
    }
}
