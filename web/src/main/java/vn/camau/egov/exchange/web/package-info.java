/** The provincial administrator's pages of the interconnection: peers, dead letters, the message log and reconciliation. */
package vn.camau.egov.exchange.web;
