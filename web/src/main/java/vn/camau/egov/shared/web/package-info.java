/**
 * What every page shares: language choice, security headers and cookie hardening, messages from
 * business exceptions, the signed-in user and the workspace menu.
 */
package vn.camau.egov.shared.web;
