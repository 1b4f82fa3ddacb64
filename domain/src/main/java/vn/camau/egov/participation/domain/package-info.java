/**
 * Participation (plan sections III and IV.2): consultations on draft policies, divided into
 * articles, and the comments people leave on them, moderated and answered by the unit.
 */
package vn.camau.egov.participation.domain;
