/** REST resources under /api: health for load balancers and monitoring. */
package vn.camau.egov.shared.api;
