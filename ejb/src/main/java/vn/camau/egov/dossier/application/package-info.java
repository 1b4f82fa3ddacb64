/**
 * Dossiers from submission to result: online and counter reception, processing through the
 * procedure's steps, supplements, results, tracking, and the documents of Decree 61 / Circular 01.
 */
package vn.camau.egov.dossier.application;
