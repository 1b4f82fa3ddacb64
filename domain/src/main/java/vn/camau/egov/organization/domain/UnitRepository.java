package vn.camau.egov.organization.domain;

import java.util.List;
import java.util.Optional;

/** Where units are kept. The province has a few hundred units at most, so listing all is bounded. */
public interface UnitRepository {

    Optional<Unit> find(long id);

    Optional<Unit> findByCode(String code);

    Optional<Unit> findByAgencyId(AgencyId agencyId);

    List<Unit> findAll();

    long count();

    void store(Unit unit);
}
