package vn.camau.egov.organization.domain;

import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;

import java.util.Optional;

/** Where officials are kept. */
public interface OfficialRepository {

    Optional<Official> find(long id);

    Optional<Official> findByUsername(String username);

    Page<Official> findByUnit(Unit unit, PageRequest page);

    void store(Official official);
}
