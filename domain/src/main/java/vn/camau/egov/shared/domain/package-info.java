/**
 * What several bounded contexts share: the business exception family, the audit trail entry,
 * paging bounds and time conversion.
 */
package vn.camau.egov.shared.domain;
