package vn.camau.egov.exchange.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An official document as edXML carries it (QCVN 102:2016): the message header's fields, the
 * trace of hops, the business information, and the attachments.
 *
 * @param documentType  the document's type as a number (DocumentType/Type)
 * @param priority      OtherInfo/Priority: 0 normal, 1 urgent, 2 very urgent, 3 flash, 4 flash by the hour
 * @param businessDocType 0 a new document; the other values (revoke, update, replace) differ between SDK
 *                      versions, and are read through the configured mapping
 */
public record EdxmlDocument(String messageId, Organization from, List<Organization> to, String codeNumber,
                            String codeNotation, String place, LocalDate promulgationDate, int documentType,
                            String typeName, String subject, String content, String signerCompetence,
                            String signerPosition, String signerFullName, LocalDate dueDate, List<String> toPlaces,
                            int priority, String documentId, List<TraceHeader> trace, int businessDocType,
                            String businessReason, StaffInfo staff, boolean paper, List<EdxmlAttachment> attachments)
        implements Serializable {

    public EdxmlDocument {
        to = to == null ? List.of() : List.copyOf(to);
        toPlaces = toPlaces == null ? List.of() : List.copyOf(toPlaces);
        trace = trace == null ? List.of() : List.copyOf(trace);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** "Number/Notation", as people write the code. */
    public String code() {
        return codeNumber + "/" + codeNotation;
    }
}
