/**
 * Services several contexts use: the audit trail, settings, outgoing mail, the readiness check.
 */
package vn.camau.egov.shared.application;
