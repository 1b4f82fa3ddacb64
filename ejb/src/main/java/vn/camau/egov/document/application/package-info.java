/**
 * The document registry's services: drafting, approval, numbering and issue of outgoing
 * documents; registration, assignment and processing of incoming ones; the unit's registers and
 * searches. Who may do what is decided here and in the documents themselves.
 */
package vn.camau.egov.document.application;
