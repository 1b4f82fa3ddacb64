/** The official document registry's pages: work lists and search, drafting, one outgoing and one incoming document. */
package vn.camau.egov.document.web;
