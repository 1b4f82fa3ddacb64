package vn.camau.egov.document.domain;

import org.junit.jupiter.api.Test;
import vn.camau.egov.identity.domain.Actor;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.organization.domain.AgencyId;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.organization.domain.UnitKind;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class OutgoingDocumentTest {

    private static final Instant NOW = LocalDate.of(2026, 11, 25).atTime(10, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();

    private final Unit ubnd = new Unit("UBND", "Ủy ban nhân dân tỉnh Cà Mau", null, UnitKind.PROVINCIAL_COMMITTEE,
            new AgencyId("000.00.00.H12"), "96", null);
    private final Actor specialist = official("chuyenvien.vp", Role.SPECIALIST, "UBND");
    private final Actor otherSpecialist = official("chuyenvien2.vp", Role.SPECIALIST, "UBND");
    private final Actor leader = official("lanhdao.vp", Role.LEADER, "UBND");
    private final Actor clerk = official("vanthu.vp", Role.CLERK, "UBND");
    private final Actor foreignClerk = official("vanthu.stp", Role.CLERK, "STP");

    private static Actor official(String username, Role role, String unit) {
        return new Actor(username, username, EnumSet.of(role), unit);
    }

    private static OutgoingContent content(DocumentType type, Confidentiality confidentiality) {
        return new OutgoingContent(type, "  Về việc triển khai Kế hoạch 36a  ", null, "Nguyễn Văn Sử", "Chủ tịch",
                Urgency.URGENT, confidentiality, "VP", List.of(
                new OutgoingContent.Recipient(RecipientKind.EXTERNAL, "000.00.00.G22", "Văn phòng Chính phủ"),
                new OutgoingContent.Recipient(RecipientKind.INTERNAL, "000.00.03.H12", "Sở Tư pháp")));
    }

    @Test
    void aLetterGoesFromDraftToIssuedWithItsNumberAndNotation() {
        OutgoingDocument d = OutgoingDocument.draft(ubnd, specialist, content(DocumentType.LETTER, null), List.of(), NOW);
        assertThat(d.getStatus()).isEqualTo(OutgoingStatus.DRAFT);
        assertThat(d.getSubject()).isEqualTo("Về việc triển khai Kế hoạch 36a");
        assertThat(d.allowedActions(specialist)).containsExactly("revise", "submit");
        assertThat(d.allowedActions(otherSpecialist)).isEmpty();
        assertThatThrownBy(() -> d.submit(otherSpecialist)).hasMessageContaining("document.refused.notDrafter");

        d.submit(specialist);
        assertThatThrownBy(() -> d.approve(specialist, NOW)).hasMessageContaining("document.refused.role");
        d.returnToDrafter(leader, "Bổ sung căn cứ pháp lý");
        assertThat(d.getStatus()).isEqualTo(OutgoingStatus.DRAFT);
        assertThat(d.getReturnNote()).isEqualTo("Bổ sung căn cứ pháp lý");
        d.submit(specialist);
        d.approve(leader, NOW);
        assertThatThrownBy(() -> d.issue(foreignClerk, 1, "STP", NOW)).hasMessageContaining("document.refused.role");
        assertThat(d.allowedActions(clerk)).containsExactly("issue");
        d.issue(clerk, 123, "UBND", NOW);

        assertThat(d.getStatus()).isEqualTo(OutgoingStatus.ISSUED);
        assertThat(d.codeText()).isEqualTo("123/UBND-VP");
        assertThat(d.getIssuedOn()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(d.getBookYear()).isEqualTo(2026);
        assertThat(d.documentId()).isEqualTo("000.00.00.H12,2026/11/25,123/UBND-VP");
        assertThatThrownBy(() -> d.issue(clerk, 124, "UBND", NOW)).hasMessageContaining("document.refused.state");
    }

    @Test
    void otherTypesCarryTheirAbbreviationBeforeTheIssuer() {
        OutgoingDocument d = OutgoingDocument.draft(ubnd, leader, content(DocumentType.DECISION, null), List.of(), NOW);
        d.submit(leader);
        d.approve(leader, NOW);
        d.issue(clerk, 7, "UBND", NOW);
        assertThat(d.codeText()).isEqualTo("7/QĐ-UBND");
    }

    @Test
    void aClassifiedDocumentIsNotSentOverTheAxisAndEveryProblemIsNamed() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> OutgoingDocument.draft(ubnd,
                specialist, content(DocumentType.LETTER, Confidentiality.SECRET), List.of(), NOW));
        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("confidentiality");

        OutgoingContent bad = new OutgoingContent(null, " ", "x".repeat(501), null, "Chủ tịch", null, null, "vp",
                List.of(new OutgoingContent.Recipient(RecipientKind.EXTERNAL, "000.00.00.G22", "VPCP"),
                        new OutgoingContent.Recipient(RecipientKind.EXTERNAL, "000.00.00.G22", "VPCP"),
                        new OutgoingContent.Recipient(RecipientKind.EXTERNAL, "G22", "?")));
        InvalidInputException all = catchThrowableOfType(InvalidInputException.class, bad::validated);
        assertThat(all.problems()).extracting(FieldProblem::messageKey).containsExactly("document.type.required",
                "document.subject.invalid", "document.summary.tooLong", "document.signerName.invalid",
                "document.draftingOffice.invalid", "document.recipient.twice", "document.recipient.invalid");
    }

    @Test
    void onlyTheUnitsLeaderOrClerkRecallsAnIssuedDocumentWithAReason() {
        OutgoingDocument d = OutgoingDocument.draft(ubnd, specialist, content(DocumentType.LETTER, null), List.of(), NOW);
        d.submit(specialist);
        d.approve(leader, NOW);
        d.issue(clerk, 1, "UBND", NOW);
        assertThatThrownBy(() -> d.recall(specialist, "Sai sót")).hasMessageContaining("document.refused.role");
        assertThatThrownBy(() -> d.recall(leader, " ")).hasMessageContaining("document.refused.noteRequired");
        d.recall(leader, "Sai sót về số liệu");
        assertThat(d.getStatus()).isEqualTo(OutgoingStatus.RECALLED);
    }

    @Test
    void aRecipientsStatusNeverGoesBackExceptToARejection() {
        OutgoingDocument d = OutgoingDocument.draft(ubnd, specialist, content(DocumentType.LETTER, null), List.of(), NOW);
        OutgoingRecipient r = d.getRecipients().get(0);
        r.reported("04", null, NOW);
        r.reported("01", null, NOW.plusSeconds(5)); // arrived late
        assertThat(r.getStatusCode()).isEqualTo("04");
        r.reported("06", null, NOW.plusSeconds(10));
        assertThat(r.getStatusCode()).isEqualTo("06");
        r.reported("02", "Không đúng thẩm quyền", NOW.plusSeconds(20));
        assertThat(r.getStatusCode()).isEqualTo("02");
        assertThat(r.getStatusNote()).isEqualTo("Không đúng thẩm quyền");
    }
}
