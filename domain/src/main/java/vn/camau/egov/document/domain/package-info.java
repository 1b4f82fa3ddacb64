/**
 * The official document registry (văn bản đi, văn bản đến): outgoing documents drafted, approved,
 * numbered in the unit's register book for the year and issued to their recipients; incoming
 * documents registered with an arrival number, assigned, processed and completed. The documents'
 * rules live here; their exchange with other agencies is the {@code exchange} context's.
 */
package vn.camau.egov.document.domain;
