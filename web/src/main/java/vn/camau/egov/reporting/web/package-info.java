/** The reporting context's pages: the public statistics (more to come). */
package vn.camau.egov.reporting.web;
