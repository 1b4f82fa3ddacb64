/** The exchange's JMS side: the outbound queue the hub bridge drains, and the inbound consumer. */
package vn.camau.egov.exchange.infrastructure;
