package vn.camau.egov.participation.domain;

import org.junit.jupiter.api.Test;
import vn.camau.egov.identity.domain.Actor;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.organization.domain.AgencyId;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.organization.domain.UnitKind;
import vn.camau.egov.shared.domain.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A draft divided into articles, its phases, and a comment's way through moderation. */
class ConsultationTest {

    private static final LocalDate OPENS = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");
    private static final String TEXT = """
            Căn cứ Luật Tổ chức chính quyền địa phương;

            Điều 1. Phạm vi điều chỉnh
            Quy định này áp dụng cho các cơ quan, đơn vị trên địa bàn tỉnh.
            Điều 2. Đối tượng áp dụng
            Cán bộ, công chức, viên chức.
            Điều 3. Tiếp nhận hồ sơ trực tuyến
            Hồ sơ nộp trực tuyến được tiếp nhận trong giờ hành chính.
            """;

    private final Unit unit = new Unit("STP", "Sở Tư pháp", null, UnitKind.DEPARTMENT, new AgencyId("000.00.03.H12"), null, null);
    private final Actor specialist = new Actor("cv", "Chuyên viên", EnumSet.of(Role.SPECIALIST), "STP");
    private final Actor leader = new Actor("ld", "Lãnh đạo", EnumSet.of(Role.LEADER), "STP");
    private final Actor citizen = Actor.citizen("096088000001", "Nguyễn Văn An");

    private ConsultationContent content(String text) {
        return new ConsultationContent("Dự thảo Quy định tiếp nhận hồ sơ trực tuyến", "Lấy ý kiến về quy định mới.",
                OPENS, OPENS.plusDays(30), text);
    }

    @Test
    void theTextIsDividedIntoItsArticles() {
        List<ConsultationContent.Article> articles = content(TEXT).validated();
        assertThat(articles).extracting(ConsultationContent.Article::heading)
                .containsExactly(ConsultationContent.PREAMBLE, "Điều 1. Phạm vi điều chỉnh", "Điều 2. Đối tượng áp dụng",
                        "Điều 3. Tiếp nhận hồ sơ trực tuyến");
        assertThat(articles.get(3).body()).isEqualTo("Hồ sơ nộp trực tuyến được tiếp nhận trong giờ hành chính.");
    }

    @Test
    void badContentIsRefusedFieldByField() {
        assertThatThrownBy(() -> new ConsultationContent(" ", null, OPENS, OPENS.minusDays(1), " ").validated())
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .containsExactly("title", "summary", "closesOn", "text"));
    }

    @Test
    void publishedOpenClosedAndCommentedOnlyWhileOpen() {
        Consultation c = Consultation.draft(unit, specialist, content(TEXT), List.of(), NOW);
        assertThat(c.phase(OPENS)).isEqualTo(Phase.DRAFT);
        assertThat(c.isVisibleTo(citizen)).isFalse();
        assertThatThrownBy(() -> c.publish(specialist, OPENS.minusDays(5), NOW)).isInstanceOf(ParticipationRefusedException.class);
        c.publish(leader, OPENS.minusDays(5), NOW);
        assertThat(c.phase(OPENS.minusDays(1))).isEqualTo(Phase.UPCOMING);
        assertThat(c.phase(OPENS)).isEqualTo(Phase.OPEN);
        assertThat(c.phase(OPENS.plusDays(30))).isEqualTo(Phase.OPEN);
        assertThat(c.phase(OPENS.plusDays(31))).isEqualTo(Phase.CLOSED);
        assertThatThrownBy(() -> c.revise(specialist, content(TEXT), List.of())).isInstanceOf(ParticipationRefusedException.class);

        assertThatThrownBy(() -> Comment.on(c, null, citizen, "Sớm quá", null, OPENS.minusDays(1), NOW))
                .isInstanceOf(ParticipationRefusedException.class);
        Comment comment = Comment.on(c, null, citizen, "  <script>alert('x')</script> Đề nghị bổ sung  ", "127.0.0.1", OPENS, NOW);
        // stored as typed (pages escape it), trimmed
        assertThat(comment.getBody()).isEqualTo("<script>alert('x')</script> Đề nghị bổ sung");
        assertThatThrownBy(() -> comment.answer(leader, "Cảm ơn", NOW)).isInstanceOf(ParticipationRefusedException.class);
        assertThatThrownBy(() -> comment.publish(new Actor("x", "X", EnumSet.of(Role.LEADER), "SXD"), NOW))
                .isInstanceOf(ParticipationRefusedException.class);
        comment.publish(specialist, NOW);
        comment.answer(leader, "Xin tiếp thu.", NOW);
        assertThat(comment.getAnswer()).isEqualTo("Xin tiếp thu.");
        assertThatThrownBy(() -> Comment.on(c, null, citizen, "x".repeat(4001), null, OPENS, NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Comment.on(c, null, citizen, "a\u0000b", null, OPENS, NOW))
                .isInstanceOf(InvalidInputException.class);

        assertThatThrownBy(() -> c.writeSynthesis(leader, "Tổng hợp", OPENS, NOW)).isInstanceOf(ParticipationRefusedException.class);
        c.writeSynthesis(leader, "Đã nhận 1 ý kiến, tiếp thu 1.", OPENS.plusDays(31), NOW);
        assertThat(c.getSynthesis()).startsWith("Đã nhận");
    }
}
