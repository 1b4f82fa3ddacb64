/**
 * Who may sign in and as what: accounts with salted password hashes and lockout, the roles that
 * open the services, and applicants (công dân, tổ chức) who register themselves.
 */
package vn.camau.egov.identity.domain;
