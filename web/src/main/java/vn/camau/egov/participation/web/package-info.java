/** Participation's pages: public consultations, citizens' comments, the unit's drafts and moderation. */
package vn.camau.egov.participation.web;
