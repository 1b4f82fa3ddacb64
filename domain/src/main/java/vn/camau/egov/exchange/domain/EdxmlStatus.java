package vn.camau.egov.exchange.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A status message: what a receiver did with a document (ResponseFor names it: the sender's
 * agency, the document's code and date, its DocumentId).
 */
public record EdxmlStatus(String messageId, String responseOrganId, String responseCode, LocalDate responseDate,
                          String responseDocumentId, Organization from, String statusCode, String description,
                          Instant timestamp, StaffInfo staff) implements Serializable {
}
