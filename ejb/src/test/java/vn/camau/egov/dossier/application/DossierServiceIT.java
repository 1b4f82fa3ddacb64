package vn.camau.egov.dossier.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.dossier.domain.DossierAction;
import vn.camau.egov.dossier.domain.DossierRefusedException;
import vn.camau.egov.dossier.domain.DossierStatus;
import vn.camau.egov.dossier.domain.Timeliness;
import vn.camau.egov.it.DossierWorld;
import vn.camau.egov.it.DossierWorld.World;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.TestMailServer;
import vn.camau.egov.shared.application.Upload;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.PageRequest;
import vn.camau.egov.shared.domain.VietnamTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Dossiers end to end in the container: submission, files, processing, supplements, access, concurrency. */
@ExtendWith(ArquillianExtension.class)
class DossierServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private DossierService dossiers;

    @Inject
    private DossierWorld worlds;

    @Inject
    private vn.camau.egov.shared.application.WorkingCalendars calendars;

    @Inject
    private vn.camau.egov.it.Fixtures fixtures;

    @EJB
    private TestMailServer smtp;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private UserTransaction tx;

    private World w;

    @BeforeEach
    void world() throws Exception {
        w = worlds.create();
    }

    private String submit() throws Exception {
        return w.asCitizen(() -> dossiers.submitOnline(w.level3(), DossierWorld.form(), DossierWorld.files()));
    }

    private long version(String code) throws Exception {
        return w.asReception(() -> dossiers.view(code)).version();
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue();
    }

    @Test
    void aCitizenSubmitsOnlineAndGetsACodeAReceiptAndAMail() throws Exception {
        String code = submit();
        assertThat(code).matches("\\d{3}\\.\\d{2}\\.\\d{2}\\.H12-\\d{6}-\\d{4}").startsWith(w.unit().agencyId() + "-");

        DossierDetail d = w.asCitizen(() -> dossiers.view(code));
        assertThat(d.status()).isEqualTo(DossierStatus.NEW);
        assertThat(d.answers()).containsEntry("Địa chỉ", "Khóm 3, Phường 7");
        assertThat(d.attachments()).singleElement().satisfies(a -> {
            assertThat(a.documentName()).isEqualTo(DossierWorld.APPLICATION);
            assertThat(a.sha256()).hasSize(64);
        });
        assertThat(d.allowedActions()).containsExactly(DossierAction.CANCEL);

        var receipt = w.asCitizen(() -> dossiers.document(code, "receipt"));
        String text = new PDFTextStripper().getText(Loader.loadPDF(receipt.bytes()));
        assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", code, "Nguyễn Thị Hoa", "dự kiến");

        assertThat(smtp.awaitSubject("Đã nhận hồ sơ " + code, Duration.ofSeconds(20))).isPresent();
        assertThat(w.asCitizen(() -> dossiers.myNotifications(10))).extracting(n -> n.getDossierCode()).contains(code);
        assertThat(w.asCitizen(() -> dossiers.myDossiers(PageRequest.first(10))).items())
                .extracting(DossierSummary::code).containsExactly(code);
    }

    @Test
    void badFilesAreRefusedByContentAndNothingIsWritten() throws Exception {
        long dossiersBefore = count("dossier");
        long filesBefore = count("stored_file");
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        InvalidInputException renamed = catchThrowableOfType(InvalidInputException.class, () -> w.asCitizen(
                () -> dossiers.submitOnline(w.level3(), DossierWorld.form(), List.of(
                        new DocumentUpload(DossierWorld.APPLICATION, new Upload("don.pdf", executable))))));
        assertThat(renamed.problems()).extracting(FieldProblem::messageKey).containsExactly("file.kindNotAllowed");

        // a bad file ahead of more good ones than one block of file ids: still only the bad file is
        // reported (storing the good ones after the refusal once broke on the spent transaction)
        List<DocumentUpload> manyGood = new java.util.ArrayList<>();
        manyGood.add(new DocumentUpload(DossierWorld.APPLICATION, new Upload("don.pdf", executable)));
        for (int i = 0; i < 60; i++) {
            manyGood.add(new DocumentUpload(DossierWorld.OTHER, new Upload("kem-theo-" + i + ".pdf", DossierWorld.PDF)));
        }
        InvalidInputException amongMany = catchThrowableOfType(InvalidInputException.class, () -> w.asCitizen(
                () -> dossiers.submitOnline(w.level3(), DossierWorld.form(), manyGood)));
        assertThat(amongMany.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("document:0", "file.kindNotAllowed"));

        InvalidInputException empty = catchThrowableOfType(InvalidInputException.class, () -> w.asCitizen(
                () -> dossiers.submitOnline(w.level3(), DossierWorld.form(), List.of(
                        new DocumentUpload(DossierWorld.APPLICATION, new Upload("don.pdf", DossierWorld.PDF)),
                        new DocumentUpload(DossierWorld.OTHER, new Upload("trong.pdf", new byte[0]))))));
        assertThat(empty.problems()).extracting(FieldProblem::messageKey).containsExactly("file.empty");

        byte[] huge = new byte[11 * 1024 * 1024];
        System.arraycopy(DossierWorld.PDF, 0, huge, 0, DossierWorld.PDF.length);
        InvalidInputException oversized = catchThrowableOfType(InvalidInputException.class, () -> w.asCitizen(
                () -> dossiers.submitOnline(w.level3(), DossierWorld.form(), List.of(
                        new DocumentUpload(DossierWorld.APPLICATION, new Upload("lon.pdf", huge))))));
        assertThat(oversized.problems()).extracting(FieldProblem::messageKey).containsExactly("file.tooLarge");

        // each file within its limit, all together over the dossier's
        byte[] nineMegabytes = new byte[9 * 1024 * 1024];
        System.arraycopy(DossierWorld.PDF, 0, nineMegabytes, 0, DossierWorld.PDF.length);
        List<DocumentUpload> heavy = new java.util.ArrayList<>();
        heavy.add(new DocumentUpload(DossierWorld.APPLICATION, new Upload("don.pdf", nineMegabytes)));
        for (int i = 0; i < 3; i++) {
            heavy.add(new DocumentUpload(DossierWorld.OTHER, new Upload("phu-luc-" + i + ".pdf", nineMegabytes)));
        }
        InvalidInputException tooMuch = catchThrowableOfType(InvalidInputException.class, () -> w.asCitizen(
                () -> dossiers.submitOnline(w.level3(), DossierWorld.form(), heavy)));
        assertThat(tooMuch.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("files", "dossier.files.tooLarge"));

        InvalidInputException missing = catchThrowableOfType(InvalidInputException.class, () -> w.asCitizen(
                () -> dossiers.submitOnline(w.level3(), DossierWorld.form(), List.of())));
        assertThat(missing.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("document:0", "dossier.document.required"));

        InvalidInputException badForm = catchThrowableOfType(InvalidInputException.class, () -> w.asCitizen(
                () -> dossiers.submitOnline(w.level3(), new vn.camau.egov.dossier.application.SubmissionForm(null, null,
                        null, null, null, Map.of("soLuong", "mười"), false), DossierWorld.files())));
        assertThat(badForm.problems()).extracting(FieldProblem::field).containsExactly("form:diaChi", "form:soLuong");

        assertThat(count("dossier")).isEqualTo(dossiersBefore);
        assertThat(count("stored_file")).isEqualTo(filesBefore);
    }

    @Test
    void theTrackingLogListsTheUnitsDossiersReceivedInAPeriod() throws Exception {
        String code = submit();
        w.asReception(() -> { dossiers.accept(code, version(code)); return null; });
        LocalDate today = VietnamTime.dateOf(Instant.now());
        var log = w.asReception(() -> dossiers.trackingLog(null, today.minusDays(3), today));
        assertThat(log.contentType()).isEqualTo("application/pdf");
        try (var pdf = Loader.loadPDF(log.bytes())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("SỔ THEO DÕI HỒ SƠ", code, "Nguyễn Thị Hoa",
                    "Đang giải quyết", "Tổng số: 1 hồ sơ.");
        }
        try (var pdf = Loader.loadPDF(w.asReception(() -> dossiers.trackingLog(null, today.minusDays(9), today.minusDays(3))).bytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain(code).contains("Tổng số: 0 hồ sơ.");
        }
        InvalidInputException tooLong = catchThrowableOfType(InvalidInputException.class,
                () -> w.asReception(() -> dossiers.trackingLog(null, today.minusDays(40), today)));
        assertThat(tooLong.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("to", "trackingLog.period"));
        assertThatThrownBy(() -> w.asReception(() -> dossiers.trackingLog("STP", today, today)))
                .isInstanceOf(vn.camau.egov.shared.domain.AccessDeniedException.class);
        assertThatThrownBy(() -> w.asCitizen(() -> dossiers.trackingLog(null, today, today)))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    @Test
    void aStepOfAnotherUnitIsDoneByThatUnitAndTheDossierComesBack() throws Exception {
        var consulted = fixtures.newUnit();
        String consultant = fixtures.uniqueUsername("cv");
        fixtures.newOfficial(consulted.code(), consultant, vn.camau.egov.identity.domain.Role.SPECIALIST);
        String procedure = worlds.consultingProcedure(w, consulted);
        String code = w.asCitizen(() -> dossiers.submitOnline(procedure, DossierWorld.form(), DossierWorld.files()));
        w.asReception(() -> { dossiers.accept(code, version(code)); return null; });
        w.asSpecialist(() -> { dossiers.completeStep(code, version(code), "Đủ điều kiện, chuyển lấy ý kiến"); return null; });

        // now with the other unit: in its specialists' tray, theirs to do, not the first unit's
        DossierDetail there = vn.camau.egov.it.AsUser.call(consultant, Set.of("specialist"), () -> dossiers.view(code));
        assertThat(there.stepName()).isEqualTo("Lấy ý kiến");
        assertThat(there.stepUnitCode()).isEqualTo(consulted.code());
        assertThat(there.allowedActions()).contains(DossierAction.COMPLETE_STEP);
        assertThat(vn.camau.egov.it.AsUser.call(consultant, Set.of("specialist"),
                () -> dossiers.inbox(InboxTray.MY_STEP, InboxOrder.DUE, PageRequest.first(10))).items())
                .extracting(DossierSummary::code).containsExactly(code);
        assertThatThrownBy(() -> w.asSpecialist(() -> { dossiers.completeStep(code, version(code), null); return null; }))
                .hasMessageContaining("dossier.refused.handler");
        vn.camau.egov.it.AsUser.call(consultant, Set.of("specialist"), () -> {
            dossiers.completeStep(code, dossiers.view(code).version(), "Thống nhất");
            return null;
        });

        // back home for the leader's approval; the consulted unit still reads it, and can act no more
        DossierDetail back = w.asLeader(() -> dossiers.view(code));
        assertThat(back.stepName()).isEqualTo("Phê duyệt");
        assertThat(back.history()).extracting(EventView::unitCode).contains(consulted.code());
        assertThat(vn.camau.egov.it.AsUser.call(consultant, Set.of("specialist"), () -> dossiers.view(code)).allowedActions())
                .isEmpty();
    }

    @Test
    void aDossierThatWillBeLateGetsAnApologyWithANewDateAndTheApplicantMayWithdrawANewOne() throws Exception {
        String code = submit();
        w.asReception(() -> { dossiers.accept(code, version(code)); return null; });
        DossierDetail accepted = w.asLeader(() -> dossiers.view(code));
        assertThat(accepted.allowedActions()).contains(DossierAction.APOLOGIZE);

        // the new date must be a working day after the due date
        assertThatThrownBy(() -> w.asLeader(() -> {
            dossiers.apologize(code, accepted.version(), accepted.dueOn(), "Cần xác minh thêm");
            return null;
        })).hasMessageContaining("dossier.refused.appointment");
        java.time.LocalDate later = calendars.current().addWorkingDays(accepted.dueOn(), 3);
        w.asLeader(() -> { dossiers.apologize(code, accepted.version(), later, "Cần xác minh thêm tại địa phương"); return null; });
        DossierDetail apologised = w.asCitizen(() -> dossiers.view(code));
        assertThat(apologised.appointmentOn()).isEqualTo(later);
        assertThat(apologised.dueOn()).isEqualTo(accepted.dueOn());
        try (var pdf = Loader.loadPDF(w.asCitizen(() -> dossiers.document(code, "apology")).bytes())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Cần xác minh thêm tại địa phương");
        }
        assertThat(smtp.awaitSubject("Hẹn lại ngày trả kết quả hồ sơ " + code, Duration.ofSeconds(20))).isPresent();

        // a dossier not yet accepted can be withdrawn by its applicant, and by no one else
        String fresh = submit();
        assertThatThrownBy(() -> w.asOtherCitizen(() -> { dossiers.cancel(fresh, 0, null); return null; }))
                .isInstanceOf(NotFoundException.class);
        w.asCitizen(() -> { dossiers.cancel(fresh, dossiers.view(fresh).version(), "Nộp nhầm thủ tục"); return null; });
        assertThat(w.asCitizen(() -> dossiers.view(fresh)).status()).isEqualTo(DossierStatus.CANCELLED);
        assertThat(w.asReception(() -> dossiers.view(fresh)).allowedActions()).isEmpty();
    }

    @Test
    void theInboxSortsAndPagesATray() throws Exception {
        List<String> codes = List.of(submit(), submit(), submit());
        var newest = w.asReception(() -> dossiers.inbox(InboxTray.NEW, InboxOrder.NEWEST, new PageRequest(0, 2)));
        assertThat(newest.total()).isEqualTo(3);
        assertThat(newest.items()).extracting(DossierSummary::code).containsExactly(codes.get(2), codes.get(1));
        assertThat(w.asReception(() -> dossiers.inbox(InboxTray.NEW, InboxOrder.NEWEST, new PageRequest(1, 2))).items())
                .extracting(DossierSummary::code).containsExactly(codes.get(0));
        assertThat(w.asReception(() -> dossiers.inbox(InboxTray.NEW, InboxOrder.SUBMITTED, PageRequest.first(10))).items())
                .extracting(DossierSummary::code).containsExactlyElementsOf(codes);
        assertThat(w.asReception(() -> dossiers.inboxCounts()).newDossiers()).isEqualTo(3);
    }

    @Test
    void overdueAndDueSoonTraysHoldProcessingAndReleasingDossiersInOneOrder() throws Exception {
        LocalDate today = VietnamTime.dateOf(Instant.now());
        // (status, days from today to the due date): four overdue across both statuses, one due today
        List<Map.Entry<DossierStatus, Integer>> plan = List.of(Map.entry(DossierStatus.RELEASING, -9),
                Map.entry(DossierStatus.PROCESSING, -7), Map.entry(DossierStatus.RELEASING, -5),
                Map.entry(DossierStatus.PROCESSING, -3), Map.entry(DossierStatus.PROCESSING, 0));
        List<String> codes = new ArrayList<>();
        for (var p : plan) {
            String code = submit();
            w.asReception(() -> { dossiers.accept(code, version(code)); return null; });
            tx.begin();
            em.createNativeQuery("UPDATE dossier SET status = ?, due_on = ? WHERE code = ?").setParameter(1, p.getKey().name())
                    .setParameter(2, today.plusDays(p.getValue())).setParameter(3, code).executeUpdate();
            tx.commit();
            codes.add(code);
        }

        InboxCounts counts = w.asReception(() -> dossiers.inboxCounts());
        assertThat(counts.overdue()).isEqualTo(4);
        assertThat(counts.dueSoon()).isEqualTo(1);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            var p = new PageRequest(page, 3);
            var tray = w.asReception(() -> dossiers.inbox(InboxTray.OVERDUE, InboxOrder.DUE, p));
            assertThat(tray.total()).isEqualTo(4);
            tray.items().forEach(d -> paged.add(d.code()));
        }
        assertThat(paged).containsExactlyElementsOf(codes.subList(0, 4));
        assertThat(w.asReception(() -> dossiers.inbox(InboxTray.OVERDUE, InboxOrder.NEWEST, PageRequest.first(2))).items())
                .extracting(DossierSummary::code).containsExactly(codes.get(3), codes.get(2));
        // past the merged pages, one query answers (and finds nothing this deep)
        var deep = w.asReception(() -> dossiers.inbox(InboxTray.OVERDUE, InboxOrder.DUE, new PageRequest(300, 2)));
        assertThat(deep.items()).isEmpty();
        assertThat(deep.total()).isEqualTo(4);
        assertThat(w.asReception(() -> dossiers.inbox(InboxTray.DUE_SOON, InboxOrder.DUE, PageRequest.first(10))).items())
                .extracting(DossierSummary::code).containsExactly(codes.get(4));
    }

    @Test
    void aDossierGoesThroughReceptionTheStepsAndBackToTheApplicantEarly() throws Exception {
        String code = submit();
        assertThat(w.asReception(() -> dossiers.inbox(InboxTray.NEW, InboxOrder.DUE, PageRequest.first(50))).items())
                .extracting(DossierSummary::code).contains(code);

        w.asReception(() -> { dossiers.accept(code, version(code)); return null; });
        DossierDetail accepted = w.asSpecialist(() -> dossiers.view(code));
        assertThat(accepted.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(accepted.dueOn()).isAfter(accepted.receivedOn());
        assertThat(accepted.stepName()).isEqualTo("Thẩm định");
        assertThat(accepted.allowedActions()).contains(DossierAction.COMPLETE_STEP);
        assertThat(w.asSpecialist(() -> dossiers.inbox(InboxTray.MY_STEP, InboxOrder.DUE, PageRequest.first(50))).items())
                .extracting(DossierSummary::code).contains(code);
        assertThat(w.asSpecialist(() -> dossiers.inboxCounts()).myStep()).isPositive();

        assertThatThrownBy(() -> w.asLeader(() -> { dossiers.completeStep(code, accepted.version(), null); return null; }))
                .isInstanceOf(DossierRefusedException.class).hasMessageContaining("dossier.refused.handler");
        w.asSpecialist(() -> { dossiers.completeStep(code, accepted.version(), "Hồ sơ hợp lệ"); return null; });
        w.asLeader(() -> { dossiers.completeStep(code, version(code), "Đồng ý cấp phép"); return null; });
        assertThat(w.asReception(() -> dossiers.view(code)).status()).isEqualTo(DossierStatus.RELEASING);
        assertThat(smtp.awaitSubject("Hồ sơ " + code + " đã có kết quả", Duration.ofSeconds(20))).isPresent();

        w.asReception(() -> { dossiers.returnResult(code, version(code)); return null; });
        DossierDetail done = w.asCitizen(() -> dossiers.view(code));
        assertThat(done.status()).isEqualTo(DossierStatus.DONE);
        assertThat(done.timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(done.history()).extracting(EventView::action).containsExactly(DossierAction.SUBMIT,
                DossierAction.ACCEPT, DossierAction.COMPLETE_STEP, DossierAction.COMPLETE_STEP, DossierAction.RETURN_RESULT);
        var slip = w.asReception(() -> dossiers.document(code, "control"));
        assertThat(new PDFTextStripper().getText(Loader.loadPDF(slip.bytes())))
                .contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Thẩm định", "Phê duyệt");

        w.asCitizen(() -> { dossiers.rate(code, vn.camau.egov.dossier.domain.SatisfactionRating.SATISFIED, "Tốt"); return null; });
        assertThat(w.asCitizen(() -> dossiers.view(code)).rating()).isNotNull();
    }

    @Test
    void aSupplementStopsTheClockUntilTheCitizenSendsFiles() throws Exception {
        String code = submit();
        w.asReception(() -> { dossiers.accept(code, version(code)); return null; });
        w.asSpecialist(() -> { dossiers.requestSupplement(code, version(code), "Bổ sung bản sao giấy phép kinh doanh"); return null; });
        DossierDetail waiting = w.asCitizen(() -> dossiers.view(code));
        assertThat(waiting.status()).isEqualTo(DossierStatus.WAITING_SUPPLEMENT);
        assertThat(waiting.supplementRequest()).isEqualTo("Bổ sung bản sao giấy phép kinh doanh");
        assertThat(waiting.allowedActions()).contains(DossierAction.SUPPLEMENT);
        assertThat(w.asCitizen(() -> dossiers.document(code, "supplement")).bytes()).isNotEmpty();

        InvalidInputException noFiles = catchThrowableOfType(InvalidInputException.class,
                () -> w.asCitizen(() -> { dossiers.supplement(code, waiting.version(), "đây", List.of()); return null; }));
        assertThat(noFiles.problems()).extracting(FieldProblem::messageKey).containsExactly("dossier.supplement.noFiles");

        w.asCitizen(() -> {
            dossiers.supplement(code, waiting.version(), "Đã bổ sung", List.of(new DocumentUpload(DossierWorld.OTHER,
                    new Upload("bo-sung.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1}))));
            return null;
        });
        DossierDetail resumed = w.asSpecialist(() -> dossiers.view(code));
        assertThat(resumed.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(resumed.attachments()).hasSize(2);
        assertThat(resumed.stepName()).isEqualTo("Thẩm định");
    }

    @Test
    void receptionRefusesWithAReasonTheCitizenReads() throws Exception {
        String code = submit();
        assertThatThrownBy(() -> w.asReception(() -> { dossiers.refuse(code, version(code), " "); return null; }))
                .hasMessageContaining("dossier.refused.noteRequired.reason");
        w.asReception(() -> { dossiers.refuse(code, version(code), "Hồ sơ không thuộc thẩm quyền"); return null; });
        DossierDetail refused = w.asCitizen(() -> dossiers.view(code));
        assertThat(refused.status()).isEqualTo(DossierStatus.DENIED);
        String letter = new PDFTextStripper().getText(Loader.loadPDF(w.asCitizen(() -> dossiers.document(code, "refusal")).bytes()));
        assertThat(letter).contains("Hồ sơ không thuộc thẩm quyền");
    }

    @Test
    void atTheCounterADossierJoinsTheCitizensAccount() throws Exception {
        DossierDetail mine = w.asCitizen(() -> dossiers.view(submit()));
        String code = w.asReception(() -> dossiers.receiveAtCounter(w.level3(), new SubmissionForm("Nguyễn Thị Hoa",
                mine.applicantCitizenId(), null, "0912 345 678", "Phường 5", Map.of("diaChi", "Phường 5"), true),
                DossierWorld.files()));
        DossierDetail counter = w.asCitizen(() -> dossiers.view(code));
        assertThat(counter.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(counter.channel()).isEqualTo(vn.camau.egov.dossier.domain.Channel.COUNTER);
        assertThat(counter.postalDelivery()).isTrue();

        InvalidInputException bad = catchThrowableOfType(InvalidInputException.class, () -> w.asReception(
                () -> dossiers.receiveAtCounter(w.level3(), new SubmissionForm("", "123", "x@", null, null,
                        Map.of("diaChi", "x"), false), DossierWorld.files())));
        assertThat(bad.problems()).extracting(FieldProblem::field).containsExactly("applicantName", "applicantCitizenId",
                "applicantEmail");
    }

    @Test
    void aCitizenSeesOnlyTheirOwnDossiersAndFiles() throws Exception {
        String code = submit();
        long fileId = w.asCitizen(() -> dossiers.view(code)).attachments().get(0).fileId();
        assertThat(w.asCitizen(() -> dossiers.attachment(code, fileId)).bytes()).isEqualTo(DossierWorld.PDF);

        assertThatThrownBy(() -> w.asOtherCitizen(() -> dossiers.view(code))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> w.asOtherCitizen(() -> dossiers.attachment(code, fileId))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> w.asOtherCitizen(() -> dossiers.document(code, "receipt"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> w.asOtherCitizen(() -> { dossiers.cancel(code, 0, null); return null; }))
                .isInstanceOf(NotFoundException.class);

        World elsewhere = worlds.create();
        assertThatThrownBy(() -> elsewhere.asReception(() -> dossiers.view(code))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> elsewhere.asReception(() -> { dossiers.accept(code, 0); return null; }))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anyoneTracksWithTheCodeAndTheApplicantsIdNumberOnly() throws Exception {
        String code = submit();
        String cccd = w.asCitizen(() -> dossiers.view(code)).applicantCitizenId();
        TrackingView view = dossiers.track(code, cccd).orElseThrow();
        assertThat(view.status()).isEqualTo(DossierStatus.NEW);
        assertThat(view.history()).extracting(TrackingView.Step::action).containsExactly(DossierAction.SUBMIT);
        assertThat(dossiers.track(code, "000000000000")).isEmpty();
        assertThat(dossiers.track("NO-SUCH-CODE", cccd)).isEmpty();
    }

    @Test
    void aStalePageOrASecondOfficialAtOnceIsToldSoAndNothingIsLost() throws Exception {
        String code = submit();
        long stale = version(code);
        w.asReception(() -> { dossiers.accept(code, stale); return null; });
        assertThatThrownBy(() -> w.asReception(() -> { dossiers.refuse(code, stale, "trễ"); return null; }))
                .isInstanceOf(DossierRefusedException.class).hasMessageContaining("dossier.refused.stale");

        // the specialist and the leader both act on the same version at once
        long current = version(code);
        List<Callable<String>> both = List.of(
                () -> attempt(() -> w.asSpecialist(() -> { dossiers.requestSupplement(code, current, "Thiếu giấy tờ"); return null; })),
                () -> attempt(() -> w.asLeader(() -> { dossiers.assign(code, current, w.specialist()); return null; })));
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : executor.invokeAll(both)) {
            outcomes.add(f.get());
        }
        assertThat(outcomes).containsOnlyOnce("ok");
        assertThat(outcomes).filteredOn(o -> !o.equals("ok")).singleElement().asString().contains("dossier.refused.stale");
        assertThat(w.asReception(() -> dossiers.view(code)).history()).hasSize(3);
    }

    private static String attempt(Callable<?> action) {
        try {
            action.call();
            return "ok";
        } catch (Exception e) {
            return String.valueOf(e.getMessage());
        }
    }

    @Test
    void aRefusedSubmissionTakesNoNumberFromTheUnitsCounter() throws Exception {
        String first = w.asCitizen(() -> dossiers.submitOnline(w.level3(), DossierWorld.form(), DossierWorld.files()));
        catchThrowableOfType(InvalidInputException.class, () -> w.asCitizen(
                () -> dossiers.submitOnline(w.level3(), DossierWorld.form(), List.of())));
        String second = w.asCitizen(() -> dossiers.submitOnline(w.level3(), DossierWorld.form(), DossierWorld.files()));
        // the checks come before the unit's counter: the day's numbering goes on without a gap
        assertThat(number(second)).isEqualTo(number(first) + 1);
    }

    private static long number(String code) {
        return Long.parseLong(code.substring(code.lastIndexOf('-') + 1));
    }

    @Test
    void fiftyConcurrentSubmissionsGetFiftyDistinctCodes() throws Exception {
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tasks.add(() -> w.asCitizen(() -> dossiers.submitOnline(w.level3(), DossierWorld.form(), DossierWorld.files())));
        }
        Set<String> codes = new HashSet<>();
        for (Future<String> f : executor.invokeAll(tasks)) {
            codes.add(f.get());
        }
        assertThat(codes).hasSize(50);
        assertThat(codes).allMatch(c -> c.startsWith(w.unit().agencyId() + "-"));
        assertThat(w.asCitizen(() -> dossiers.myDossiers(PageRequest.first(100))).total()).isEqualTo(50);
    }
}
