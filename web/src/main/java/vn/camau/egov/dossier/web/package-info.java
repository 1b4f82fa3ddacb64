/** Dossier pages: submission, the citizen's dossiers, the officials' inbox and dossier page, public tracking. */
package vn.camau.egov.dossier.web;
