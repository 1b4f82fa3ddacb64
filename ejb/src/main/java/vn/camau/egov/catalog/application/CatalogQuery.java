package vn.camau.egov.catalog.application;

import vn.camau.egov.catalog.domain.ServiceLevel;

import java.io.Serializable;

/** A search of the catalogue: words (diacritics and case do not matter), and optional unit, field and level. */
public record CatalogQuery(String text, String unitCode, String fieldCode, ServiceLevel level) implements Serializable {

    public static final CatalogQuery ALL = new CatalogQuery(null, null, null, null);
}
