package vn.camau.egov.organization.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.organization.domain.AgencyId;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.organization.domain.UnitRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUnitRepository implements UnitRepository {

    /** A province has a few hundred units; more than this means something is wrong. */
    private static final int MAX_UNITS = 2000;

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Unit> find(long id) {
        return Optional.ofNullable(em.find(Unit.class, id));
    }

    @Override
    public Optional<Unit> findByCode(String code) {
        return em.createNamedQuery("Unit.findByCode", Unit.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Unit> findByAgencyId(AgencyId agencyId) {
        return em.createNamedQuery("Unit.findByAgencyId", Unit.class).setParameter("agencyId", agencyId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Unit> findAll() {
        return em.createNamedQuery("Unit.findAll", Unit.class).setMaxResults(MAX_UNITS).getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("Unit.count", Long.class).getSingleResult();
    }

    @Override
    public void store(Unit unit) {
        if (unit.getId() == null) {
            em.persist(unit);
        }
    }
}
