package vn.camau.egov.participation.application;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.DossierWorld;
import vn.camau.egov.it.DossierWorld.World;
import vn.camau.egov.participation.domain.ConsultationContent;
import vn.camau.egov.participation.domain.FeedbackForm;
import vn.camau.egov.participation.domain.NoticeKind;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.PageRequest;
import vn.camau.egov.shared.domain.VietnamTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The information pages' notices, and what people type into every participation input: markup is
 * stored as typed (and escaped by the pages), Unicode is stored composed (NFC), invisible format
 * characters (a right-to-left override, a zero-width space) and control characters are refused,
 * and the length limits hold to the character.
 */
@ExtendWith(ArquillianExtension.class)
class NoticeAndAbuseIT {

    private static final String DECOMPOSED = "Nguye\u0302\u0303n Va\u0306n A"; // "Nguyễn Văn A" typed as base letters and marks
    private static final String COMPOSED = "Nguyễn Văn A";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private NoticeService notices;

    @Inject
    private ConsultationService consultations;

    @Inject
    private FeedbackService feedback;

    @Inject
    private DossierWorld worlds;

    private static LocalDate today() {
        return VietnamTime.dateOf(Instant.now());
    }

    @Test
    void aNoticeIsWrittenThenPublishedAndWithdrawnByTheUnitsLeader() throws Exception {
        World w = worlds.create();
        assertThatThrownBy(() -> w.asSpecialist(() -> notices.draft(NoticeKind.PROCUREMENT, "Mời thầu mua máy chủ", "Nội dung", null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("closesOn"));
        long id = w.asSpecialist(() -> notices.draft(NoticeKind.PROCUREMENT, "Mời thầu mua máy chủ " + w.unit().code(),
                "<script>alert(1)</script>\nGói thầu mua sắm máy chủ cho trung tâm dữ liệu.", today().plusDays(20)));
        assertThatThrownBy(() -> notices.view(id)).isInstanceOf(NotFoundException.class);
        long version = w.asSpecialist(() -> notices.unitNotices()).stream().filter(n -> n.id() == id).findFirst()
                .orElseThrow().version();
        assertThatThrownBy(() -> w.asSpecialist(() -> { notices.publish(id, version, true); return null; }))
                .isInstanceOf(EJBAccessException.class);
        w.asLeader(() -> { notices.publish(id, version, true); return null; });
        NoticeView shown = notices.view(id);
        assertThat(shown.body()).startsWith("<script>alert(1)</script>\nGói thầu");
        assertThat(shown.closesOn()).isEqualTo(today().plusDays(20));
        assertThat(notices.published(NoticeKind.PROCUREMENT, new PageRequest(0, 100)).items()).extracting(NoticeView::id).contains(id);
        assertThat(notices.published(NoticeKind.NEWS, new PageRequest(0, 100)).items()).extracting(NoticeView::id).doesNotContain(id);
        w.asLeader(() -> { notices.publish(id, notices.view(id).version(), false); return null; });
        assertThatThrownBy(() -> notices.view(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void oddInputIsStoredComposedOrRefusedByField() throws Exception {
        World w = worlds.create();
        long id = w.asSpecialist(() -> consultations.draft(new ConsultationContent("Dự thảo " + w.unit().code(),
                "Tóm tắt", today(), today().plusDays(10), "Điều 1. Một\nNội dung."), List.of()));
        w.asLeader(() -> { consultations.publish(id, consultations.view(id).version()); return null; });

        // composed on the way in: the same letters as anyone types them
        long comment = w.asCitizen(() -> consultations.comment(id, null, DECOMPOSED));
        assertThat(w.asCitizen(() -> consultations.myComments(new PageRequest(0, 50))).items())
                .filteredOn(c -> c.id() == comment).singleElement()
                .satisfies(c -> assertThat(c.body()).isEqualTo(COMPOSED));
        // invisible format characters that reorder or hide text are refused, with the field named
        for (String hidden : List.of("Bình thường \u202Etxt.exe", "Ẩn\u200Bchữ", "chuông\u0007")) {
            assertThatThrownBy(() -> w.asCitizen(() -> consultations.comment(id, null, hidden)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("body"));
        }
        // the limit holds to the character, Vietnamese letters counting one each
        w.asOtherCitizen(() -> consultations.comment(id, null, "ữ".repeat(4000)));
        assertThatThrownBy(() -> w.asOtherCitizen(() -> consultations.comment(id, null, "ữ".repeat(4001))))
                .isInstanceOf(InvalidInputException.class);

        // feedback: a name typed decomposed is composed; a very long title and a hidden character are refused
        FeedbackReceipt receipt = feedback.submit(new FeedbackForm(w.level3(), null, null, "Tiêu đề", "Nội dung",
                false, DECOMPOSED, "0912000003", null));
        assertThat(feedback.view(receipt.code(), receipt.key()).authorName()).isEqualTo(COMPOSED);
        assertThatThrownBy(() -> feedback.submit(new FeedbackForm(w.level3(), null, null, "t".repeat(501),
                "Nội dung\u202E", false, "Lê Văn Tám", "0912000004", null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("title", "content"));
    }
}
