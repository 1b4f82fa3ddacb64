/** The procedure catalogue: public search and detail, and its upkeep by the units' administrators. */
package vn.camau.egov.catalog.application;
