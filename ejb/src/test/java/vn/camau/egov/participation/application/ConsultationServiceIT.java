package vn.camau.egov.participation.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.DossierWorld;
import vn.camau.egov.it.DossierWorld.World;
import vn.camau.egov.participation.domain.CommentStatus;
import vn.camau.egov.participation.domain.ConsultationContent;
import vn.camau.egov.participation.domain.ParticipationRefusedException;
import vn.camau.egov.participation.domain.Phase;
import vn.camau.egov.shared.application.ExportFormat;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.PageRequest;
import vn.camau.egov.shared.domain.VietnamTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A consultation's life: drafted, published, commented, moderated, answered, closed, synthesised; and the limits. */
@ExtendWith(ArquillianExtension.class)
class ConsultationServiceIT {

    static final String TEXT = """
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            Điều 1. Phạm vi điều chỉnh
            Quy định này quy định việc tiếp nhận hồ sơ trực tuyến.
            Điều 2. Đối tượng áp dụng
            Các cơ quan, đơn vị và người nộp hồ sơ.
            Điều 3. Thời gian tiếp nhận
            Hồ sơ nộp trực tuyến ngoài giờ hành chính được tiếp nhận vào ngày làm việc kế tiếp.
            """;

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private ConsultationService consultations;

    @Inject
    private DossierWorld worlds;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    private static LocalDate today() {
        return VietnamTime.dateOf(Instant.now());
    }

    private long openConsultation(World w, String title) throws Exception {
        long id = w.asSpecialist(() -> consultations.draft(new ConsultationContent(title,
                "Lấy ý kiến người dân, doanh nghiệp về dự thảo.", today(), today().plusDays(30), TEXT), List.of()));
        w.asLeader(() -> { consultations.publish(id, consultations.view(id).version()); return null; });
        return id;
    }

    @Test
    void aConsultationFromDraftToSynthesis() throws Exception {
        World w = worlds.create();
        World other = worlds.create();
        String title = "Dự thảo Quy định tiếp nhận hồ sơ trực tuyến " + w.unit().code();
        long id = w.asSpecialist(() -> consultations.draft(new ConsultationContent(title,
                "Lấy ý kiến người dân, doanh nghiệp về dự thảo.", today(), today().plusDays(30), TEXT), List.of()));
        // a draft is its unit's own
        assertThatThrownBy(() -> w.asCitizen(() -> consultations.view(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consultations.view(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> w.asSpecialist(() -> { consultations.publish(id, 0); return null; }))
                .isInstanceOf(EJBAccessException.class);
        w.asLeader(() -> { consultations.publish(id, consultations.view(id).version()); return null; });

        ConsultationView v = consultations.view(id);
        assertThat(v.phase()).isEqualTo(Phase.OPEN);
        assertThat(v.articles()).extracting(ConsultationView.ArticleView::heading).containsExactly(
                ConsultationContent.PREAMBLE, "Điều 1. Phạm vi điều chỉnh", "Điều 2. Đối tượng áp dụng",
                "Điều 3. Thời gian tiếp nhận");
        assertThat(consultations.published(Phase.OPEN, new PageRequest(0, 100)).items())
                .extracting(ConsultationSummary::id).contains(id);
        long third = v.articles().get(3).id();

        // a comment on the third article, with markup in it: stored as typed, shown only once published
        String body = "<script>alert('x')</script> Đề nghị tiếp nhận cả ngày thứ Bảy.";
        long comment = w.asCitizen(() -> consultations.comment(id, third, body));
        long spam = w.asCitizen(() -> consultations.comment(id, null, "Quảng cáo bán hàng"));
        assertThat(consultations.publishedComments(id, null, new PageRequest(0, 20)).total()).isZero();
        assertThatThrownBy(() -> consultations.comment(id, third, "ẩn danh")).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> w.asCitizen(() -> consultations.comment(id, third, " ")))
                .isInstanceOf(InvalidInputException.class);

        // moderation by the unit, not by another unit
        List<CommentView> queue = w.asSpecialist(() -> consultations.moderationQueue());
        CommentView pending = queue.stream().filter(c -> c.id() == comment).findFirst().orElseThrow();
        assertThat(pending.body()).isEqualTo(body);
        assertThatThrownBy(() -> other.asSpecialist(() -> { consultations.publishComment(comment, pending.version()); return null; }))
                .isInstanceOf(NotFoundException.class);
        w.asSpecialist(() -> { consultations.publishComment(comment, pending.version()); return null; });
        long spamVersion = w.asSpecialist(() -> consultations.moderationQueue()).stream().filter(c -> c.id() == spam)
                .findFirst().orElseThrow().version();
        assertThatThrownBy(() -> w.asSpecialist(() -> { consultations.rejectComment(spam, spamVersion, " "); return null; }))
                .isInstanceOf(InvalidInputException.class);
        w.asSpecialist(() -> { consultations.rejectComment(spam, spamVersion, "Không liên quan đến dự thảo"); return null; });

        // the unit answers; the public sees the comment, the answer and the count on the article
        CommentView published = w.asLeader(() -> consultations.unanswered()).stream().filter(c -> c.id() == comment)
                .findFirst().orElseThrow();
        w.asLeader(() -> { consultations.answer(comment, published.version(), "Xin tiếp thu, bổ sung vào Điều 3."); return null; });
        List<CommentView> shown = consultations.publishedComments(id, third, new PageRequest(0, 20)).items();
        assertThat(shown).singleElement().satisfies(c -> {
            assertThat(c.body()).isEqualTo(body);
            assertThat(c.answer()).isEqualTo("Xin tiếp thu, bổ sung vào Điều 3.");
        });
        assertThat(consultations.view(id).articles().get(3).comments()).isEqualTo(1);
        assertThat(consultations.view(id).generalComments()).isZero();
        // the author sees the rejection and its reason
        assertThat(w.asCitizen(() -> consultations.myComments(new PageRequest(0, 20))).items())
                .filteredOn(c -> c.id() == spam).singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CommentStatus.REJECTED);
                    assertThat(c.rejectReason()).isEqualTo("Không liên quan đến dự thảo");
                });

        // the synthesis waits for the end of the period
        assertThatThrownBy(() -> w.asLeader(() -> { consultations.writeSynthesis(id, consultations.view(id).version(), "Tổng hợp"); return null; }))
                .isInstanceOf(ParticipationRefusedException.class);
        endPeriod(id);
        assertThat(consultations.view(id).phase()).isEqualTo(Phase.CLOSED);
        assertThatThrownBy(() -> w.asCitizen(() -> consultations.comment(id, third, "Muộn rồi")))
                .isInstanceOf(ParticipationRefusedException.class);
        assertThatThrownBy(() -> consultations.synthesis(id, ExportFormat.PDF)).isInstanceOf(NotFoundException.class);
        w.asLeader(() -> {
            consultations.writeSynthesis(id, consultations.view(id).version(),
                    "Nhận được 1 ý kiến về Điều 3, đã tiếp thu. Một ý kiến không liên quan không được công bố.");
            return null;
        });
        assertThat(consultations.published(Phase.CLOSED, new PageRequest(0, 100)).items())
                .filteredOn(c -> c.id() == id).singleElement().satisfies(c -> assertThat(c.hasSynthesis()).isTrue());
        try (PDDocument doc = Loader.loadPDF(consultations.synthesis(id, ExportFormat.PDF))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Báo cáo tổng hợp ý kiến", "Điều 3. Thời gian tiếp nhận",
                    "Đề nghị tiếp nhận cả ngày thứ Bảy", "Xin tiếp thu, bổ sung vào Điều 3.")
                    .doesNotContain("Quảng cáo bán hàng");
        }
    }

    @Test
    void commentsAreLimitedPerAccountPerHour() throws Exception {
        World w = worlds.create();
        long id = openConsultation(w, "Dự thảo giới hạn ý kiến " + w.unit().code());
        System.setProperty("egov.participation.comments-per-hour", "2");
        try {
            w.asOtherCitizen(() -> consultations.comment(id, null, "Ý kiến thứ nhất"));
            w.asOtherCitizen(() -> consultations.comment(id, null, "Ý kiến thứ hai"));
            assertThatThrownBy(() -> w.asOtherCitizen(() -> consultations.comment(id, null, "Ý kiến thứ ba")))
                    .isInstanceOf(ParticipationRefusedException.class)
                    .satisfies(e -> assertThat(((ParticipationRefusedException) e).messageKey()).isEqualTo("comment.refused.rate"));
            // another account is not held back
            w.asCitizen(() -> consultations.comment(id, null, "Ý kiến của người khác"));
        } finally {
            System.clearProperty("egov.participation.comments-per-hour");
        }
        // a draft's text that is too long or has no text is refused by field, and nothing is written
        assertThatThrownBy(() -> w.asSpecialist(() -> consultations.draft(new ConsultationContent("x".repeat(501), "Tóm tắt",
                today(), today().minusDays(1), TEXT), List.of())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("title", "closesOn"));
    }

    /** The consultation's period ended yesterday (the test moves its dates; the clock stays). */
    private void endPeriod(long id) throws Exception {
        tx.begin();
        em.createNativeQuery("UPDATE consultation SET opens_on = ?, closes_on = ? WHERE id = ?")
                .setParameter(1, today().minusDays(31)).setParameter(2, today().minusDays(1)).setParameter(3, id)
                .executeUpdate();
        tx.commit();
    }
}
