package vn.camau.egov.document.application;

import vn.camau.egov.document.domain.DocumentType;
import vn.camau.egov.document.domain.IncomingDocument;
import vn.camau.egov.document.domain.IncomingSource;
import vn.camau.egov.document.domain.IncomingStatus;
import vn.camau.egov.document.domain.Urgency;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An incoming document as its page shows it, with what the viewer may do. */
public record IncomingView(long id, long version, String unitCode, IncomingStatus status, IncomingSource source,
                           String documentId, String senderAgencyId, String senderName, String code,
                           LocalDate promulgatedOn, DocumentType type, String subject, String summary, String signerName,
                           Urgency urgency, Instant arrivedAt, Integer arrivalNumber, String assignee,
                           String assigneeName, LocalDate dueOn, boolean overdue, String note,
                           List<OutgoingView.FileView> files, Set<String> allowedActions, String updateSubject,
                           String updateReason, List<OutgoingView.FileView> updateFiles, String recallReason)
        implements Serializable {

    static IncomingView of(IncomingDocument d, Set<String> allowed, LocalDate today) {
        return new IncomingView(d.getId(), d.getVersion(), d.getUnit().getCode(), d.getStatus(), d.getSource(),
                d.getDocumentId(), d.getSenderAgencyId(), d.getSenderName(),
                d.getCodeNumber() == null ? null : d.getCodeNumber() + "/" + d.getCodeNotation(), d.getPromulgatedOn(),
                d.getType(), d.getSubject(), d.getSummary(), d.getSignerName(), d.getUrgency(), d.getArrivedAt(),
                d.getArrivalNumber(), d.getAssignee(), d.getAssigneeName(), d.getDueOn(), d.isOverdue(today), d.getNote(),
                d.getAttachments().stream().map(f -> new OutgoingView.FileView(f.getId(), f.getName(), f.getSize())).toList(),
                Set.copyOf(allowed), d.getUpdateSubject(), d.getUpdateReason(), d.getUpdateAttachments().stream()
                        .map(f -> new OutgoingView.FileView(f.getId(), f.getName(), f.getSize())).toList(),
                d.getRecallReason());
    }

    public boolean may(String action) {
        return allowedActions.contains(action);
    }
}
