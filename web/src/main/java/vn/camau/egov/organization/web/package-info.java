/** The directory of units (public and in the workspace) and the administrators' officials page. */
package vn.camau.egov.organization.web;
