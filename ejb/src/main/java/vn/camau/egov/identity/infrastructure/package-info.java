/** JPA repositories of the identity context. */
package vn.camau.egov.identity.infrastructure;
