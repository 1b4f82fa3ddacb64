/**
 * Monitoring and reporting: the UN e-government indices applied to the province's units, dossier
 * statistics, the plan's tasks and the periodic reports.
 */
package vn.camau.egov.reporting.domain;
