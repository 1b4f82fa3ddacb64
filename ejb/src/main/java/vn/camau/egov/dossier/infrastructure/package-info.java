/** What the dossier services stand on: the status-event topic and the printed documents. */
package vn.camau.egov.dossier.infrastructure;
