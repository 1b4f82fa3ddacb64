/** What the container tests share: the test deployment, the in-container mail server, run-as helpers. */
package vn.camau.egov.it;
