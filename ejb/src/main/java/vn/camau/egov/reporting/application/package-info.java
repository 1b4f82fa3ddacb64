/** The reporting context's services: dossier statistics (more to come: indices, plan tasks, periodic reports). */
package vn.camau.egov.reporting.application;
