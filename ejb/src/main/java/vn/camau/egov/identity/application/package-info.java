/** Sign-in, lockout, citizen registration and the password hashes behind them. */
package vn.camau.egov.identity.application;
