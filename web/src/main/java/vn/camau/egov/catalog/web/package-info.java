/** The public procedure catalogue pages and the administrators' procedure pages. */
package vn.camau.egov.catalog.web;
