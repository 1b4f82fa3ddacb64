/** JPA repositories of the organization context. */
package vn.camau.egov.organization.infrastructure;
