/** Units and officials: the public directory of units and the administrators' work on them. */
package vn.camau.egov.organization.application;
