/**
 * Interconnection with central systems: edXML messages of QCVN 102:2016 (official documents, and
 * the status messages that follow them), their validation with the standard's error kinds
 * ({@code N.} missing, {@code R.} out of range, {@code M.} mismatch), and their reading with a
 * parser that refuses DTDs, external entities, deep nesting and oversized input.
 */
package vn.camau.egov.exchange.domain;
