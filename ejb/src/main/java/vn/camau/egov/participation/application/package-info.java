/** Participation's services: consultations, comments, moderation, answers, synthesis. */
package vn.camau.egov.participation.application;
