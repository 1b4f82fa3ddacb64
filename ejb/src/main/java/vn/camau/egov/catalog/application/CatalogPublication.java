package vn.camau.egov.catalog.application;

import vn.camau.egov.catalog.domain.Procedure;

/**
 * Where a change of the catalogue goes beyond the province: the exchange implements it (the
 * National Public Service Portal). Called in the catalogue's transaction, so the portal is told of
 * exactly the changes that were made.
 */
public interface CatalogPublication {

    void changed(Procedure procedure);
}
