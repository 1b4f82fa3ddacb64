package vn.camau.egov.participation.application;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.DossierWorld;
import vn.camau.egov.it.DossierWorld.World;
import vn.camau.egov.participation.domain.FeedbackForm;
import vn.camau.egov.participation.domain.ParticipationRefusedException;
import vn.camau.egov.shared.application.WorkingCalendars;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.PageRequest;
import vn.camau.egov.shared.domain.VietnamTime;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Feedback routed to the procedure's unit, answered by its deadline or late, published or private, rated; the 766 indicators. */
@ExtendWith(ArquillianExtension.class)
class FeedbackServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private FeedbackService feedback;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private DossierWorld worlds;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    private static LocalDate today() {
        return VietnamTime.dateOf(Instant.now());
    }

    private static FeedbackForm onProcedure(String procedure, String content, boolean privately) {
        return new FeedbackForm(procedure, null, null, "Thời gian giải quyết quá dài", content, privately,
                "Trần Thị Bích", "0912 000 002", null);
    }

    @Test
    void feedbackGoesToTheProceduresUnitAndIsAnsweredPublishedAndRated() throws Exception {
        World w = worlds.create();
        World other = worlds.create();
        String typed = "<script>alert(1)</script> Hồ sơ của tôi nộp 20 ngày vẫn chưa có kết quả.";
        FeedbackReceipt receipt = feedback.submit(onProcedure(w.level3(), typed, false));
        assertThat(receipt.code()).matches("PAKN-\\d{4}-\\d{6}");
        assertThat(receipt.unitName()).isEqualTo(w.unit().name());
        assertThat(receipt.dueOn()).isEqualTo(calendars.current().addWorkingDays(today(), 10));
        FeedbackReceipt hidden = feedback.submit(onProcedure(w.level3(), "Xin trả lời riêng cho tôi.", true));

        // nobody sees it before the answer but its author (by the key) and its unit
        assertThatThrownBy(() -> feedback.view(receipt.code(), null)).isInstanceOf(NotFoundException.class);
        assertThat(feedback.view(receipt.code(), receipt.key()).content()).isEqualTo(typed);
        assertThat(w.asSpecialist(() -> feedback.unitQueue())).extracting(FeedbackView::code)
                .contains(receipt.code(), hidden.code());
        assertThat(other.asSpecialist(() -> feedback.unitQueue())).extracting(FeedbackView::code)
                .doesNotContain(receipt.code());
        long version = feedback.view(receipt.code(), receipt.key()).version();
        assertThatThrownBy(() -> other.asSpecialist(() -> { feedback.answer(receipt.code(), version, "Không phải của tôi"); return null; }))
                .isInstanceOf(NotFoundException.class);
        w.asSpecialist(() -> { feedback.answer(receipt.code(), version, "Hồ sơ đã được giải quyết ngày hôm nay; xin lỗi Bà."); return null; });
        w.asLeader(() -> { feedback.answer(hidden.code(), feedback.view(hidden.code(), hidden.key()).version(), "Đã liên hệ trực tiếp."); return null; });

        // published unless private; rated once, by its author only
        FeedbackView answered = feedback.view(receipt.code(), null);
        assertThat(answered.answer()).startsWith("Hồ sơ đã được giải quyết");
        assertThat(answered.onTime()).isTrue();
        assertThat(feedback.published(new PageRequest(0, 100)).items()).extracting(FeedbackView::code)
                .contains(receipt.code()).doesNotContain(hidden.code());
        assertThatThrownBy(() -> feedback.view(hidden.code(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> feedback.rate(receipt.code(), "wrongkey", false)).isInstanceOf(NotFoundException.class);
        feedback.rate(receipt.code(), receipt.key(), true);
        assertThatThrownBy(() -> feedback.rate(receipt.code(), receipt.key(), false))
                .isInstanceOf(ParticipationRefusedException.class);
        feedback.rate(hidden.code(), hidden.key(), false);
        // a rated answer stays as it was rated
        assertThatThrownBy(() -> w.asLeader(() -> {
            feedback.answer(receipt.code(), feedback.view(receipt.code(), receipt.key()).version(), "Sửa lại");
            return null;
        })).isInstanceOf(ParticipationRefusedException.class);

        // one more, left unanswered past its deadline
        FeedbackReceipt late = feedback.submit(onProcedure(w.level3(), "Chưa được trả lời.", false));
        tx.begin();
        em.createNativeQuery("UPDATE feedback SET due_on = ? WHERE code = ?").setParameter(1, today().minusDays(1))
                .setParameter(2, late.code()).executeUpdate();
        tx.commit();
        assertThat(w.asSpecialist(() -> feedback.unitQueue())).filteredOn(f -> f.code().equals(late.code()))
                .singleElement().satisfies(f -> assertThat(f.overdue()).isTrue());

        // Decision 766 for the unit: 3 received, 2 answered both on time, 2 rated of which 1 satisfied, 1 overdue
        FeedbackIndicators indicators = feedback.indicators(today().minusDays(30), today()).stream()
                .filter(i -> i.unitCode().equals(w.unit().code())).findFirst().orElseThrow();
        assertThat(indicators.received()).isEqualTo(3);
        assertThat(indicators.answered()).isEqualTo(2);
        assertThat(indicators.answeredOnTime()).isEqualTo(2);
        assertThat(indicators.onTimePercent()).isEqualTo(100.0);
        assertThat(indicators.satisfactionPercent()).isEqualTo(50.0);
        assertThat(indicators.overdue()).isEqualTo(1);
    }

    @Test
    void badFeedbackIsRefusedByFieldAndTheRateIsLimited() throws Exception {
        World w = worlds.create();
        assertThatThrownBy(() -> feedback.submit(new FeedbackForm(null, null, null, " ", "x".repeat(4001), false,
                "Bích123", null, "not-an-address")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .containsExactly("subject", "title", "content", "name", "email"));
        assertThatThrownBy(() -> feedback.submit(onProcedure("9.999999.000.00.00.H12", "Nội dung", false)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("procedureCode"));
        // on a regulation, to the unit named
        FeedbackReceipt regulation = feedback.submit(new FeedbackForm(null, "Quyết định về phí thẩm định", w.unit().code(),
                "Mức phí chưa hợp lý", "Đề nghị xem lại mức phí.", false, "Lê Minh Châu", null, "chau.le@example.vn"));
        assertThat(regulation.unitName()).isEqualTo(w.unit().name());

        System.setProperty("egov.feedback.per-hour", "1");
        try {
            w.asCitizen(() -> feedback.submit(onProcedure(w.level3(), "Lần thứ nhất", false)));
            assertThatThrownBy(() -> w.asCitizen(() -> feedback.submit(onProcedure(w.level3(), "Lần thứ hai", false))))
                    .isInstanceOf(ParticipationRefusedException.class);
        } finally {
            System.clearProperty("egov.feedback.per-hour");
        }
    }
}
