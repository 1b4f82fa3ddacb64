/**
 * The exchange context's services: edXML messages to and from the central hub (the national
 * document axis and the National Public Service Portal), the hash-chained message log, the peer
 * directory, dead letters and the daily reconciliation.
 */
package vn.camau.egov.exchange.application;
