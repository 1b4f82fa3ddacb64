package vn.camau.egov.organization.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.organization.domain.Official;
import vn.camau.egov.organization.domain.OfficialRepository;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;

import java.util.Optional;

@ApplicationScoped
public class JpaOfficialRepository implements OfficialRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Official> find(long id) {
        return Optional.ofNullable(em.find(Official.class, id));
    }

    @Override
    public Optional<Official> findByUsername(String username) {
        return em.createNamedQuery("Official.findByUsername", Official.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public Page<Official> findByUnit(Unit unit, PageRequest page) {
        long total = em.createNamedQuery("Official.countByUnit", Long.class).setParameter("unit", unit)
                .getSingleResult();
        return new Page<>(em.createNamedQuery("Official.findByUnit", Official.class).setParameter("unit", unit)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), total, page);
    }

    @Override
    public void store(Official official) {
        if (official.getId() == null) {
            em.persist(official);
        }
    }
}
