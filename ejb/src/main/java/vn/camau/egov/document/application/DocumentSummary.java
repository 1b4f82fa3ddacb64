package vn.camau.egov.document.application;

import vn.camau.egov.document.domain.DocumentType;
import vn.camau.egov.document.domain.IncomingDocument;
import vn.camau.egov.document.domain.OutgoingDocument;
import vn.camau.egov.document.domain.Urgency;

import java.io.Serializable;
import java.time.LocalDate;

/** A line of a register or work list: outgoing or incoming, its number, code, subject and state. */
public record DocumentSummary(long id, boolean outgoing, Integer number, String code, DocumentType type,
                              String subject, String party, LocalDate date, String status, Urgency urgency,
                              LocalDate dueOn, String handler) implements Serializable {

    static DocumentSummary of(OutgoingDocument d) {
        return new DocumentSummary(d.getId(), true, d.getNumber(), d.codeText(), d.getType(), d.getSubject(),
                d.getRecipients().isEmpty() ? null : d.getRecipients().get(0).getName()
                        + (d.getRecipients().size() > 1 ? " (+" + (d.getRecipients().size() - 1) + ")" : ""),
                d.getIssuedOn(), d.getStatus().name(), d.getUrgency(), null, d.getDraftedByName());
    }

    static DocumentSummary of(IncomingDocument d) {
        String code = d.getCodeNumber() == null ? null : d.getCodeNumber() + "/" + d.getCodeNotation();
        return new DocumentSummary(d.getId(), false, d.getArrivalNumber(), code, d.getType(), d.getSubject(),
                d.getSenderName(), d.getArrivedOn(), d.getStatus().name(), d.getUrgency(), d.getDueOn(), d.getAssigneeName());
    }
}
