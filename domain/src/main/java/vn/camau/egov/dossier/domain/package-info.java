/**
 * Dossiers (hồ sơ): what an applicant submits for a procedure, and its way through the one-stop
 * shop and the procedure's internal process to a result, with deadlines in working days. The state
 * machine lives here, in {@link Dossier}, and refuses any action its state, the actor's role or the
 * actor's unit does not allow.
 */
package vn.camau.egov.dossier.domain;
