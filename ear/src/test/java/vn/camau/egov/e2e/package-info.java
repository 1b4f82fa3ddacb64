/** What the end-to-end tests share: the real EAR as the deployment, and a small HTTP client. */
package vn.camau.egov.e2e;
