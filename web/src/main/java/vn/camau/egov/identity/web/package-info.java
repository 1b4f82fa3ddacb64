/** Sign-in, sign-out, citizen registration and the citizen's account page. */
package vn.camau.egov.identity.web;
