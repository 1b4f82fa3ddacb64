/**
 * The machinery under the services: schema migrations at start-up, the mail queue's consumer and
 * the SMTP sender.
 */
package vn.camau.egov.shared.infrastructure;
