package vn.camau.egov.document.application;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.document.domain.Confidentiality;
import vn.camau.egov.document.domain.DocumentRefusedException;
import vn.camau.egov.document.domain.DocumentType;
import vn.camau.egov.document.domain.IncomingDocument;
import vn.camau.egov.document.domain.IncomingSource;
import vn.camau.egov.document.domain.IncomingStatus;
import vn.camau.egov.document.domain.OutgoingContent;
import vn.camau.egov.document.domain.OutgoingStatus;
import vn.camau.egov.document.domain.RecipientKind;
import vn.camau.egov.document.domain.Urgency;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.it.AsUser;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.Fixtures;
import vn.camau.egov.organization.application.UnitView;
import vn.camau.egov.shared.application.Upload;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.PageRequest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The registry inside the province: drafting refused field by field, approval and return, issue to
 * another unit (it arrives there at once), paper registration with arrival numbers, search without
 * diacritics, work lists, and who may see and do what.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentServiceIT {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private DocumentService documents;

    @Inject
    private Fixtures fixtures;

    private UnitView unit;
    private UnitView other;
    private String specialist;
    private String leader;
    private String clerk;
    private String otherClerk;

    @BeforeEach
    void world() throws Exception {
        unit = fixtures.newUnit();
        other = fixtures.newUnit();
        specialist = fixtures.uniqueUsername("cv");
        leader = fixtures.uniqueUsername("ld");
        clerk = fixtures.uniqueUsername("vt");
        otherClerk = fixtures.uniqueUsername("vt");
        fixtures.newOfficial(unit.code(), specialist, Role.SPECIALIST);
        fixtures.newOfficial(unit.code(), leader, Role.LEADER);
        fixtures.newOfficial(unit.code(), clerk, Role.CLERK);
        fixtures.newOfficial(other.code(), otherClerk, Role.CLERK);
    }

    private <T> T as(String user, String role, Callable<T> work) throws Exception {
        return AsUser.call(user, Set.of(role), work::call);
    }

    private OutgoingContent letterTo(UnitView recipient, String subject) {
        return new OutgoingContent(DocumentType.LETTER, subject, "Tóm tắt", "Lê Văn Ký", "Giám đốc", Urgency.URGENT,
                Confidentiality.NORMAL, "VP", List.of(new OutgoingContent.Recipient(RecipientKind.INTERNAL,
                recipient.agencyId(), recipient.name())));
    }

    @Test
    void aDraftMissingWhatItNeedsIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        OutgoingContent empty = new OutgoingContent(null, " ", null, null, null, Urgency.NORMAL, Confidentiality.SECRET,
                "vp", List.of(new OutgoingContent.Recipient(RecipientKind.EXTERNAL, "000.00.00.H03", "UBND tỉnh Bạc Liêu"),
                new OutgoingContent.Recipient(RecipientKind.EXTERNAL, "not-an-id", "X")));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> as(specialist, Roles.SPECIALIST, () -> documents.draft(empty, List.of(new Upload("virus.pdf",
                        new byte[] {'M', 'Z', 1, 2})))));
        assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field)
                .contains("type", "subject", "signerName", "signerPosition", "draftingOffice", "recipients",
                        "confidentiality", "files");
        assertThat(as(specialist, Roles.SPECIALIST, () -> documents.tray(DocumentTray.MY_DRAFTS, PageRequest.first(20)))
                .total()).isZero();
    }

    @Test
    void aLetterIsReturnedRevisedApprovedAndIssuedToAnotherUnitWhereItArrivesAtOnce() throws Exception {
        long id = as(specialist, Roles.SPECIALIST, () -> documents.draft(letterTo(other, "Về việc báo cáo quý IV"),
                List.of(new Upload("bao-cao.pdf", PDF))));
        as(specialist, Roles.SPECIALIST, () -> { documents.submit(id, documents.outgoing(id).version()); return null; });
        // a specialist may not approve; a return needs a reason
        assertThatThrownBy(() -> as(specialist, Roles.SPECIALIST, () -> { documents.approve(id, 1); return null; }))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> as(leader, Roles.LEADER, () -> {
            documents.returnToDrafter(id, documents.outgoing(id).version(), " ");
            return null;
        })).isInstanceOf(DocumentRefusedException.class).hasMessageContaining("document.refused.noteRequired");
        as(leader, Roles.LEADER, () -> { documents.returnToDrafter(id, documents.outgoing(id).version(), "Bổ sung số liệu"); return null; });
        OutgoingView returned = as(specialist, Roles.SPECIALIST, () -> documents.outgoing(id));
        assertThat(returned.status()).isEqualTo(OutgoingStatus.DRAFT);
        assertThat(returned.returnNote()).isEqualTo("Bổ sung số liệu");
        as(specialist, Roles.SPECIALIST, () -> {
            documents.revise(id, returned.version(), letterTo(other, "Về việc báo cáo quý IV năm 2026"), List.of());
            documents.submit(id, documents.outgoing(id).version());
            return null;
        });
        // a stale page is refused, not obeyed
        long stale = returned.version();
        assertThatThrownBy(() -> as(leader, Roles.LEADER, () -> { documents.approve(id, stale); return null; }))
                .hasMessageContaining("document.refused.stale");
        as(leader, Roles.LEADER, () -> { documents.approve(id, documents.outgoing(id).version()); return null; });
        as(clerk, Roles.CLERK, () -> { documents.issue(id, documents.outgoing(id).version()); return null; });

        OutgoingView issued = as(clerk, Roles.CLERK, () -> documents.outgoing(id));
        assertThat(issued.status()).isEqualTo(OutgoingStatus.ISSUED);
        assertThat(issued.number()).isEqualTo(1);
        assertThat(issued.code()).matches("1/[A-Z0-9]+-VP");
        assertThat(issued.recipients()).singleElement().satisfies(r -> assertThat(r.statusCode()).isEqualTo("01"));

        // the other unit has it, with its file, waiting for its clerk
        DocumentSummary arrived = as(otherClerk, Roles.CLERK, () -> documents.tray(DocumentTray.ARRIVED, PageRequest.first(20)))
                .items().get(0);
        assertThat(arrived.subject()).isEqualTo("Về việc báo cáo quý IV năm 2026");
        IncomingView in = as(otherClerk, Roles.CLERK, () -> documents.incoming(arrived.id()));
        assertThat(in.source()).isEqualTo(IncomingSource.INTERNAL);
        assertThat(in.code()).isEqualTo(issued.code());
        assertThat(in.files()).hasSize(1);
        // the issuing unit's clerk does not see the other unit's incoming document
        assertThatThrownBy(() -> as(clerk, Roles.CLERK, () -> documents.incoming(arrived.id())))
                .isInstanceOf(NotFoundException.class);
        as(otherClerk, Roles.CLERK, () -> { documents.register(in.id(), in.version()); return null; });
        assertThat(as(otherClerk, Roles.CLERK, () -> documents.incoming(in.id())).arrivalNumber()).isEqualTo(1);
        // the sender sees what the unit did, as it would over the axis
        assertThat(as(clerk, Roles.CLERK, () -> documents.outgoing(id)).recipients().get(0).statusCode()).isEqualTo("03");

        // recalled: the unit's clerk is asked, agrees, and the sender sees 15
        as(clerk, Roles.CLERK, () -> { documents.recall(id, documents.outgoing(id).version(), "Ban hành nhầm"); return null; });
        IncomingView asked = as(otherClerk, Roles.CLERK, () -> documents.incoming(in.id()));
        assertThat(asked.allowedActions()).contains("agreeRecall");
        assertThat(asked.recallReason()).isEqualTo("Ban hành nhầm");
        as(otherClerk, Roles.CLERK, () -> { documents.agreeToRecall(in.id(), asked.version()); return null; });
        assertThat(as(otherClerk, Roles.CLERK, () -> documents.incoming(in.id())).status()).isEqualTo(IncomingStatus.RECALLED);
        assertThat(as(clerk, Roles.CLERK, () -> documents.outgoing(id)).recipients().get(0).statusCode()).isEqualTo("15");
    }

    @Test
    void paperDocumentsTakeTheNextArrivalNumbersAndTheRegisterFindsThemWithoutDiacritics() throws Exception {
        InvalidInputException bad = catchThrowableOfType(InvalidInputException.class, () -> as(clerk, Roles.CLERK,
                () -> documents.registerPaper(paper(" ", null), List.of(new Upload("scan.pdf", new byte[] {'M', 'Z'})))));
        assertThat(bad.problems()).extracting(InvalidInputException.FieldProblem::field)
                .containsExactly("subject", "senderName", "files");
        long first = as(clerk, Roles.CLERK, () -> documents.registerPaper(paper("Về việc tổ chức Hội nghị tổng kết",
                "Sở Nội vụ tỉnh Bạc Liêu"), List.of(new Upload("scan.pdf", PDF))));
        long second = as(clerk, Roles.CLERK, () -> documents.registerPaper(paper("Giấy mời dự họp", "Báo Cà Mau"), List.of()));
        IncomingView one = as(clerk, Roles.CLERK, () -> documents.incoming(first));
        IncomingView two = as(clerk, Roles.CLERK, () -> documents.incoming(second));
        assertThat(one.status()).isEqualTo(IncomingStatus.REGISTERED);
        assertThat(List.of(one.arrivalNumber(), two.arrivalNumber())).containsExactly(1, 2);

        var found = as(clerk, Roles.CLERK, () -> documents.search(new DocumentQuery(false, null, "hoi nghi tong ket", null,
                null), PageRequest.first(20)));
        assertThat(found.items()).extracting(DocumentSummary::id).containsExactly(first);
        assertThat(as(clerk, Roles.CLERK, () -> documents.search(new DocumentQuery(false, 2, null, null, null),
                PageRequest.first(20))).items()).extracting(DocumentSummary::id).containsExactly(second);
        assertThatThrownBy(() -> as(clerk, Roles.CLERK, () -> documents.search(new DocumentQuery(false, null, null,
                LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)), PageRequest.first(20))))
                .isInstanceOf(InvalidInputException.class);

        // assigned with a deadline, it is the handler's, and overdue once the deadline is past
        as(leader, Roles.LEADER, () -> {
            documents.assign(first, documents.incoming(first).version(), specialist, LocalDate.now().plusDays(3));
            return null;
        });
        assertThat(as(specialist, Roles.SPECIALIST, () -> documents.tray(DocumentTray.MINE, PageRequest.first(20))).items())
                .extracting(DocumentSummary::id).containsExactly(first);
        assertThatThrownBy(() -> as(leader, Roles.LEADER, () -> {
            documents.assign(second, documents.incoming(second).version(), specialist, LocalDate.now().minusDays(1));
            return null;
        })).hasMessageContaining("document.refused.deadline");
        assertThatThrownBy(() -> as(leader, Roles.LEADER, () -> {
            documents.assign(second, documents.incoming(second).version(), otherClerk, LocalDate.now().plusDays(1));
            return null;
        })).hasMessageContaining("document.refused.handler");
    }

    private static IncomingDocument.Arrival paper(String subject, String sender) {
        return new IncomingDocument.Arrival(IncomingSource.PAPER, null, null, sender, "15", "UBND-VP",
                LocalDate.now().minusDays(2), DocumentType.INVITATION, subject, null, "Nguyễn Văn A", Urgency.NORMAL, null);
    }
}
