package vn.camau.egov.document.application;

import vn.camau.egov.document.domain.Confidentiality;
import vn.camau.egov.document.domain.DocumentType;
import vn.camau.egov.document.domain.OutgoingDocument;
import vn.camau.egov.document.domain.OutgoingStatus;
import vn.camau.egov.document.domain.RecipientKind;
import vn.camau.egov.document.domain.Urgency;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An outgoing document as its page shows it, with what the viewer may do. */
public record OutgoingView(long id, long version, String unitCode, String unitName, OutgoingStatus status,
                           DocumentType type, String subject, String summary, String signerName, String signerPosition,
                           Urgency urgency, Confidentiality confidentiality, String draftingOffice, String draftedByName,
                           Instant draftedAt, String returnNote, Integer number, String code, LocalDate issuedOn,
                           String exchangeId, String recallReason, List<Recipient> recipients, List<FileView> files,
                           Set<String> allowedActions) implements Serializable {

    /** A recipient and the last status it reported. */
    public record Recipient(RecipientKind kind, String agencyId, String name, String statusCode, Instant statusAt,
                            String statusNote) implements Serializable {
    }

    /** An attached file, for its download link. */
    public record FileView(long id, String name, long size) implements Serializable {
    }

    static OutgoingView of(OutgoingDocument d, Set<String> allowed) {
        return new OutgoingView(d.getId(), d.getVersion(), d.getUnit().getCode(), d.getUnit().getName(), d.getStatus(),
                d.getType(), d.getSubject(), d.getSummary(), d.getSignerName(), d.getSignerPosition(), d.getUrgency(),
                d.getConfidentiality(), d.getDraftingOffice(), d.getDraftedByName(), d.getDraftedAt(), d.getReturnNote(),
                d.getNumber(), d.codeText(), d.getIssuedOn(), d.getExchangeId(), d.getRecallReason(),
                d.getRecipients().stream().map(r -> new Recipient(r.getKind(), r.getAgencyId(), r.getName(),
                        r.getStatusCode(), r.getStatusAt(), r.getStatusNote())).toList(),
                d.getAttachments().stream().map(f -> new FileView(f.getId(), f.getName(), f.getSize())).toList(),
                Set.copyOf(allowed));
    }

    public boolean may(String action) {
        return allowedActions.contains(action);
    }
}
