/**
 * The province's organization: units (đơn vị: the Provincial People's Committee, its Office,
 * departments, the city and districts, communes) with their agency identifiers, and the officials
 * (cán bộ, công chức) who work in them.
 */
package vn.camau.egov.organization.domain;
