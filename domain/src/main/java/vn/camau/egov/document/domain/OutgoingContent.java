package vn.camau.egov.document.domain;

import vn.camau.egov.organization.domain.AgencyId;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.Text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a drafter writes of an outgoing document. {@link #validated} reports every problem at once,
 * by field: the limits are edXML's (subject and summary 500 characters, names 255).
 */
public record OutgoingContent(DocumentType type, String subject, String summary, String signerName,
                              String signerPosition, Urgency urgency, Confidentiality confidentiality,
                              String draftingOffice, List<Recipient> recipients) implements Serializable {

    public static final int MAX_SUBJECT = 500;
    public static final int MAX_RECIPIENTS = 200;
    private static final Pattern OFFICE = Pattern.compile("[A-ZĐ0-9]{1,10}");

    /** A recipient as the drafter picks it: an agency by identifier, and its name. */
    public record Recipient(RecipientKind kind, String agencyId, String name) implements Serializable {
    }

    public OutgoingContent {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public OutgoingContent validated() {
        List<FieldProblem> problems = new ArrayList<>();
        String s = Text.clean(subject);
        String sum = Text.clean(summary);
        String signer = Text.clean(signerName);
        String position = Text.clean(signerPosition);
        String office = Text.clean(draftingOffice);
        if (type == null) {
            problems.add(new FieldProblem("type", "document.type.required"));
        }
        if (s == null || s.length() > MAX_SUBJECT || Text.hasControlCharacters(s)) {
            problems.add(new FieldProblem("subject", "document.subject.invalid", MAX_SUBJECT));
        }
        if (sum != null && sum.length() > 500) {
            problems.add(new FieldProblem("summary", "document.summary.tooLong", 500));
        }
        if (signer == null || signer.length() > 255) {
            problems.add(new FieldProblem("signerName", "document.signerName.invalid"));
        }
        if (position == null || position.length() > 255) {
            problems.add(new FieldProblem("signerPosition", "document.signerPosition.invalid"));
        }
        if (office != null && !OFFICE.matcher(office).matches()) {
            problems.add(new FieldProblem("draftingOffice", "document.draftingOffice.invalid"));
        }
        if (recipients.isEmpty()) {
            problems.add(new FieldProblem("recipients", "document.recipients.required"));
        } else if (recipients.size() > MAX_RECIPIENTS) {
            problems.add(new FieldProblem("recipients", "document.recipients.tooMany", MAX_RECIPIENTS));
        }
        Set<String> seen = new HashSet<>();
        List<Recipient> clean = new ArrayList<>();
        for (Recipient r : recipients) {
            String name = Text.clean(r.name());
            if (r.kind() == null || !AgencyId.isValid(r.agencyId()) || name == null || name.length() > 255) {
                problems.add(new FieldProblem("recipients", "document.recipient.invalid", r.agencyId()));
            } else if (!seen.add(r.agencyId())) {
                problems.add(new FieldProblem("recipients", "document.recipient.twice", r.agencyId()));
            } else {
                clean.add(new Recipient(r.kind(), r.agencyId(), name));
            }
        }
        Confidentiality c = confidentiality == null ? Confidentiality.NORMAL : confidentiality;
        if (!c.mayTravelElectronically() && clean.stream().anyMatch(r -> r.kind() == RecipientKind.EXTERNAL)) {
            problems.add(new FieldProblem("confidentiality", "document.confidential.external"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new OutgoingContent(type, s, sum, signer, position, urgency == null ? Urgency.NORMAL : urgency, c,
                office, clean);
    }
}
