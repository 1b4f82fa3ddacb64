package vn.camau.egov.document.domain;

import org.junit.jupiter.api.Test;
import vn.camau.egov.identity.domain.Actor;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.organization.domain.AgencyId;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.organization.domain.UnitKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomingDocumentTest {

    private static final Instant NOW = LocalDate.of(2026, 11, 25).atTime(10, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final Unit stp = new Unit("STP", "Sở Tư pháp", null, UnitKind.DEPARTMENT, new AgencyId("000.00.03.H12"), "96", null);
    private final Actor clerk = official("vanthu.stp", Role.CLERK, "STP");
    private final Actor leader = official("lanhdao.stp", Role.LEADER, "STP");
    private final Actor handler = official("chuyenvien.stp", Role.SPECIALIST, "STP");
    private final Actor colleague = official("chuyenvien2.stp", Role.SPECIALIST, "STP");

    private static Actor official(String username, Role role, String unit) {
        return new Actor(username, username, EnumSet.of(role), unit);
    }

    private IncomingDocument arrived() {
        return IncomingDocument.arrived(stp, new IncomingDocument.Arrival(IncomingSource.AXIS,
                "000.00.00.G22,2026/11/20,267/VPCP-TTĐT", "000.00.00.G22", "Văn phòng Chính phủ", "267", "VPCP-TTĐT",
                LocalDate.of(2026, 11, 20), DocumentType.LETTER, "Về việc kết nối Cổng Dịch vụ công quốc gia", null,
                "Trần Văn Sơn", Urgency.URGENT, null), List.of(), NOW);
    }

    @Test
    void aDocumentIsRegisteredAssignedProcessedAndCompletedEachStepWithItsStatusCode() {
        IncomingDocument d = arrived();
        assertThat(d.getStatus().statusCode()).isEqualTo("01");
        assertThat(d.allowedActions(clerk)).containsExactly("register", "reject");
        assertThatThrownBy(() -> d.register(leader, 1, NOW)).hasMessageContaining("document.refused.role");
        d.register(clerk, 57, NOW);
        assertThat(d.getArrivalNumber()).isEqualTo(57);
        assertThat(d.getStatus().statusCode()).isEqualTo("03");

        assertThatThrownBy(() -> d.assign(leader, "chuyenvien.stp", "Trần Quốc Bảo", TODAY.minusDays(1), TODAY))
                .hasMessageContaining("document.refused.deadline");
        d.assign(leader, "chuyenvien.stp", "Trần Quốc Bảo", TODAY.plusDays(5), TODAY);
        assertThat(d.getStatus().statusCode()).isEqualTo("04");
        assertThatThrownBy(() -> d.start(colleague)).hasMessageContaining("document.refused.notHandler");
        d.start(handler);
        assertThat(d.getStatus().statusCode()).isEqualTo("05");
        assertThat(d.isOverdue(TODAY.plusDays(6))).isTrue();
        assertThatThrownBy(() -> d.complete(handler, "", NOW)).hasMessageContaining("document.refused.noteRequired");
        d.complete(handler, "Đã tham mưu văn bản trả lời", NOW);
        assertThat(d.getStatus().statusCode()).isEqualTo("06");
        assertThat(d.isOverdue(TODAY.plusDays(6))).isFalse();
        assertThat(d.allowedActions(handler)).isEmpty();
    }

    @Test
    void theClerkRejectsWithAReasonAndARecalledDocumentLeavesTheWork() {
        IncomingDocument rejected = arrived();
        assertThatThrownBy(() -> rejected.reject(clerk, null)).hasMessageContaining("document.refused.noteRequired");
        rejected.reject(clerk, "Gửi nhầm cơ quan");
        assertThat(rejected.getStatus().statusCode()).isEqualTo("02");
        assertThat(rejected.getNote()).isEqualTo("Gửi nhầm cơ quan");

        IncomingDocument recalled = arrived();
        recalled.register(clerk, 58, NOW);
        // only a recall the sender asked for (13) can be agreed to
        assertThatThrownBy(() -> recalled.recalled(clerk)).hasMessageContaining("document.refused.state");
        recalled.recallRequested("Ban hành nhầm");
        assertThat(recalled.allowedActions(clerk)).contains("agreeRecall", "refuseRecall");
        recalled.recalled(clerk);
        assertThat(recalled.getStatus()).isEqualTo(IncomingStatus.RECALLED);
        assertThat(recalled.isRecallRequested()).isFalse();
        assertThatThrownBy(() -> recalled.recalled(clerk)).hasMessageContaining("document.refused.state");

        // refused (16): the request goes, the work goes on
        IncomingDocument kept = arrived();
        kept.register(clerk, 59, NOW);
        kept.recallRequested("Ban hành nhầm");
        kept.recallRefused(clerk);
        assertThat(kept.getStatus()).isEqualTo(IncomingStatus.REGISTERED);
        assertThat(kept.allowedActions(clerk)).doesNotContain("agreeRecall");
    }

    @Test
    void aNewVersionFromTheSenderWaitsForTheClerkWhoTakesOrRefusesIt() {
        IncomingDocument d = arrived();
        d.register(clerk, 60, NOW);
        String before = d.getSubject();
        d.updateRequested("Trích yếu đã sửa", "Tóm tắt mới", "Người ký mới", List.of(), "Sửa thời gian");
        assertThat(d.allowedActions(clerk)).contains("agreeUpdate", "refuseUpdate");
        assertThat(d.getSubject()).isEqualTo(before);
        d.updateRefused(clerk);
        assertThat(d.getSubject()).isEqualTo(before);
        assertThat(d.isUpdateRequested()).isFalse();
        assertThatThrownBy(() -> d.updateAccepted(clerk)).hasMessageContaining("document.refused.state");

        d.updateRequested("Trích yếu đã sửa", "Tóm tắt mới", "Người ký mới", List.of(), "Sửa thời gian");
        d.updateAccepted(clerk);
        assertThat(d.getSubject()).isEqualTo("Trích yếu đã sửa");
        assertThat(d.getSignerName()).isEqualTo("Người ký mới");
        assertThat(d.getUpdateSubject()).isNull();
        assertThat(d.getStatus()).isEqualTo(IncomingStatus.REGISTERED);
    }
}
