package vn.camau.egov.dossier.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.dossier.domain.DossierAction;
import vn.camau.egov.dossier.domain.DossierRefusedException;
import vn.camau.egov.dossier.domain.DossierStatus;
import vn.camau.egov.dossier.domain.PaymentStatus;
import vn.camau.egov.dossier.infrastructure.ResultSigner;
import vn.camau.egov.dossier.infrastructure.SigningKeys;
import vn.camau.egov.dossier.infrastructure.VnpayProtocol;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.DossierWorld;
import vn.camau.egov.it.DossierWorld.World;
import vn.camau.egov.it.Fixtures;
import vn.camau.egov.shared.application.FileContent;
import vn.camau.egov.shared.application.Upload;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.PageRequest;
import vn.camau.egov.shared.domain.VietnamTime;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Level 4 in the container: online payment settled only by the provider's signed notice (good,
 * repeated, forged, wrong amount, unknown, cancelled, two at once), the daily reconciliation, and
 * the electronic result signed with the unit's key from a configured keystore, with its public
 * verification.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentAndResultIT {

    private static final String PASSWORD = vn.camau.egov.it.TestSigningKeys.PASSWORD;

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private DossierService dossiers;

    @Inject
    private PaymentService payments;

    @Inject
    private PaymentNotices notices;

    @Inject
    private ResultSigner signer;

    @Inject
    private DossierWorld worlds;

    @Inject
    private Fixtures fixtures;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private ManagedExecutorService executor;

    private World w;
    private vn.camau.egov.it.TestSigningKeys signing;

    @BeforeEach
    void world() throws Exception {
        w = worlds.create();
        signing = vn.camau.egov.it.TestSigningKeys.install(w.unit().code(), w.unit().name());
    }

    @AfterEach
    void noKeystore() throws Exception {
        signing.close();
    }

    /** A level-4 dossier, accepted, both steps done: waiting for payment and result. */
    private String releasing() throws Exception {
        String code = w.asCitizen(() -> dossiers.submitOnline(w.level4(), DossierWorld.form(), DossierWorld.files()));
        w.asReception(() -> { dossiers.accept(code, version(code)); return null; });
        w.asSpecialist(() -> { dossiers.completeStep(code, version(code), null); return null; });
        w.asLeader(() -> { dossiers.completeStep(code, version(code), null); return null; });
        return code;
    }

    private long version(String code) throws Exception {
        return w.asReception(() -> dossiers.view(code)).version();
    }

    /** The order the portal sent the provider, read back from the payment page's address. */
    private static Map<String, String> orderOf(URI page) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : page.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return fields;
    }

    /** The provider's notice about an order, signed as the provider signs. */
    private static Map<String, String> notice(Map<String, String> order, long hundredths, String responseCode) {
        Map<String, String> fields = new HashMap<>();
        fields.put("vnp_TmnCode", order.get("vnp_TmnCode"));
        fields.put("vnp_Amount", String.valueOf(hundredths));
        fields.put("vnp_BankCode", "NCB");
        fields.put("vnp_OrderInfo", order.get("vnp_OrderInfo"));
        fields.put("vnp_PayDate", "20261125103000");
        fields.put("vnp_ResponseCode", responseCode);
        fields.put("vnp_TransactionNo", "14230011");
        fields.put("vnp_TransactionStatus", "00".equals(responseCode) ? "00" : "02");
        fields.put("vnp_TxnRef", order.get("vnp_TxnRef"));
        fields.put(VnpayProtocol.SECURE_HASH, new VnpayProtocol(System.getProperty("egov.payment.secret")).sign(fields));
        return fields;
    }

    private long payEvents(String code) throws Exception {
        return w.asCitizen(() -> dossiers.view(code)).history().stream().filter(e -> e.action() == DossierAction.PAY).count();
    }

    @Test
    void aPaymentIsSettledByTheProvidersSignedNoticeOnceAndOnlyForTheAmountAsked() throws Exception {
        String code = releasing();
        assertThat(w.asCitizen(() -> dossiers.view(code)).allowedActions()).contains(DossierAction.PAY);
        assertThatThrownBy(() -> w.asReception(() -> { dossiers.returnResult(code, version(code)); return null; }))
                .hasMessageContaining("dossier.refused.unpaid");

        URI page = w.asCitizen(() -> payments.start(code, "https://dichvucong.camau.gov.vn/account/payment.xhtml"));
        Map<String, String> order = orderOf(page);
        assertThat(page.toString()).startsWith("http://127.0.0.1:9/gateway?");
        assertThat(new VnpayProtocol(System.getProperty("egov.payment.secret")).verify(order)).isTrue();
        assertThat(order).containsEntry("vnp_Amount", "20000000").containsEntry("vnp_TxnRef", code + "-1")
                .containsEntry("vnp_ReturnUrl", "https://dichvucong.camau.gov.vn/account/payment.xhtml")
                .containsEntry("vnp_Version", "2.1.0").containsEntry("vnp_Command", "pay");

        // forged: the amount changed after signing, or signed with another secret
        Map<String, String> tampered = new HashMap<>(notice(order, 20_000_000, "00"));
        tampered.put("vnp_Amount", "100");
        assertThat(notices.receive(tampered)).isEqualTo(VnpayProtocol.INVALID_SIGNATURE);
        Map<String, String> otherSecret = new HashMap<>(notice(order, 20_000_000, "00"));
        otherSecret.put(VnpayProtocol.SECURE_HASH, new VnpayProtocol("not the shared secret").sign(otherSecret));
        assertThat(notices.receive(otherSecret)).isEqualTo(VnpayProtocol.INVALID_SIGNATURE);
        // properly signed, but not what was asked
        assertThat(notices.receive(notice(order, 10_000_000, "00"))).isEqualTo(VnpayProtocol.INVALID_AMOUNT);
        assertThat(notices.receive(notice(order, 20_000_050, "00"))).isEqualTo(VnpayProtocol.INVALID_AMOUNT);
        Map<String, String> unknown = new HashMap<>(order);
        unknown.put("vnp_TxnRef", code + "-99");
        assertThat(notices.receive(notice(unknown, 20_000_000, "00"))).isEqualTo(VnpayProtocol.ORDER_NOT_FOUND);
        assertThat(w.asCitizen(() -> dossiers.view(code)).paid()).isFalse();

        // the good notice settles it; its repetition changes nothing
        assertThat(notices.receive(notice(order, 20_000_000, "00"))).isEqualTo(VnpayProtocol.CONFIRMED);
        assertThat(notices.receive(notice(order, 20_000_000, "00"))).isEqualTo(VnpayProtocol.ALREADY_CONFIRMED);
        DossierDetail paid = w.asCitizen(() -> dossiers.view(code));
        assertThat(paid.paid()).isTrue();
        assertThat(paid.allowedActions()).doesNotContain(DossierAction.PAY);
        assertThat(payEvents(code)).isEqualTo(1);
        assertThat(w.asCitizen(() -> payments.outcome(notice(order, 20_000_000, "00"))))
                .isEqualTo(new PaymentOutcome(code, code + "-1", true, true));
        // the browser's copy of another person's payment tells that person nothing
        assertThat(w.asOtherCitizen(() -> payments.outcome(notice(order, 20_000_000, "00"))).genuine()).isFalse();
        assertThat(em.createQuery("SELECT a.actor FROM AuditEntry a WHERE a.action = 'PAYMENT_PAID' AND a.targetId = :ref",
                String.class).setParameter("ref", code + "-1").getResultList()).containsExactly("payment-provider");
        assertThatThrownBy(() -> w.asCitizen(() -> payments.start(code, "https://x/")))
                .hasMessageContaining("dossier.refused.alreadyPaid");
    }

    @Test
    void aCancelledPaymentLeavesTheDossierUnpaidAndTheApplicantPaysAgain() throws Exception {
        String code = releasing();
        Map<String, String> first = orderOf(w.asCitizen(() -> payments.start(code, "https://x/")));
        assertThat(notices.receive(notice(first, 20_000_000, VnpayProtocol.CANCELLED))).isEqualTo(VnpayProtocol.CONFIRMED);
        assertThat(w.asCitizen(() -> dossiers.view(code)).paid()).isFalse();
        assertThat(w.asCitizen(() -> payments.outcome(notice(first, 20_000_000, VnpayProtocol.CANCELLED))).paid()).isFalse();

        Map<String, String> second = orderOf(w.asCitizen(() -> payments.start(code, "https://x/")));
        assertThat(second.get("vnp_TxnRef")).isEqualTo(code + "-2");
        // the notice and the provider's retry at the same moment: settled once
        List<Future<String>> both = List.of(executor.submit(() -> notices.receive(notice(second, 20_000_000, "00"))),
                executor.submit(() -> notices.receive(notice(second, 20_000_000, "00"))));
        List<String> answers = List.of(both.get(0).get(), both.get(1).get());
        assertThat(answers).containsExactlyInAnyOrder(VnpayProtocol.CONFIRMED, VnpayProtocol.ALREADY_CONFIRMED);
        assertThat(payEvents(code)).isEqualTo(1);
    }

    @Test
    void theDaysPaymentsAreReconciledPerUnit() throws Exception {
        String code = releasing();
        Map<String, String> order = orderOf(w.asCitizen(() -> payments.start(code, "https://x/")));
        notices.receive(notice(order, 20_000_000, "00"));
        var today = VietnamTime.dateOf(Instant.now());

        Reconciliation mine = w.asReception(() -> payments.reconciliation(today, null, PageRequest.first(50)));
        assertThat(mine.unitCode()).isEqualTo(w.unit().code());
        assertThat(mine.paidCount()).isEqualTo(1);
        assertThat(mine.paidAmount()).isEqualTo(200_000);
        assertThat(mine.payments().items()).singleElement().satisfies(p -> {
            assertThat(p.reference()).isEqualTo(code + "-1");
            assertThat(p.dossierCode()).isEqualTo(code);
            assertThat(p.status()).isEqualTo(PaymentStatus.PAID);
            assertThat(p.providerTransaction()).isEqualTo("14230011");
            assertThat(p.bankCode()).isEqualTo("NCB");
        });
        assertThat(w.asReception(() -> payments.reconciliation(today.minusDays(1), null, PageRequest.first(50)))
                .payments().items()).isEmpty();

        // another unit's reception sees its own unit only, and may not ask for this one
        var other = fixtures.newUnit();
        String stranger = fixtures.uniqueUsername("tn");
        fixtures.newOfficial(other.code(), stranger, Role.RECEPTION);
        assertThat(vn.camau.egov.it.AsUser.call(stranger, java.util.Set.of("reception"),
                () -> payments.reconciliation(today, null, PageRequest.first(50))).payments().items())
                .extracting(PaymentView::dossierCode).doesNotContain(code);
        assertThatThrownBy(() -> vn.camau.egov.it.AsUser.call(stranger, java.util.Set.of("reception"),
                () -> payments.reconciliation(today, w.unit().code(), PageRequest.first(50))))
                .isInstanceOf(vn.camau.egov.shared.domain.AccessDeniedException.class);
        assertThatThrownBy(() -> w.asCitizen(() -> payments.reconciliation(today, null, PageRequest.first(50))))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theResultIsSignedWithTheUnitsKeyReturnedOnlyWhenPaidAndVerifiableByAnyone() throws Exception {
        String code = releasing();
        notices.receive(notice(orderOf(w.asCitizen(() -> payments.start(code, "https://x/"))), 20_000_000, "00"));
        assertThatThrownBy(() -> w.asReception(() -> { dossiers.returnResult(code, version(code)); return null; }))
                .hasMessageContaining("dossier.refused.noResult");
        assertThat(dossiers.verification(code, null)).isEmpty();

        w.asLeader(() -> { dossiers.issueResult(code, version(code)); return null; });
        DossierDetail issued = w.asReception(() -> dossiers.view(code));
        assertThat(issued.resultSigner()).contains("CN=" + w.unit().name());
        String key = issued.resultKey();
        assertThat(key).matches("[a-z2-9]{16}");
        // not yet returned: nothing to see publicly, even with the key
        assertThat(dossiers.verification(code, key)).isEmpty();
        FileContent result = w.asReception(() -> dossiers.attachment(code, issued.resultFileId()));
        assertThat(signer.verify(result.bytes())).hasValueSatisfying(s -> assertThat(s).contains(w.unit().name()));
        try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(result.bytes())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains(code, "Nguyễn Thị Hoa", "verify.xhtml?code=" + code + "&key=" + key);
            assertThat(pdf.getSignatureDictionaries()).singleElement()
                    .satisfies(s -> assertThat(s.getSubFilter()).isEqualTo("ETSI.CAdES.detached"));
        }
        // the applicant gets the file when it is returned, not before
        assertThat(w.asCitizen(() -> dossiers.view(code)).resultFileId()).isNull();
        assertThatThrownBy(() -> w.asCitizen(() -> dossiers.attachment(code, issued.resultFileId())))
                .isInstanceOf(NotFoundException.class);
        w.asReception(() -> { dossiers.returnResult(code, version(code)); return null; });
        DossierDetail done = w.asCitizen(() -> dossiers.view(code));
        assertThat(done.status()).isEqualTo(DossierStatus.DONE);
        byte[] received = w.asCitizen(() -> dossiers.attachment(code, done.resultFileId())).bytes();

        // anyone verifies: with the code alone, who issued it and when; with the QR code's key or
        // the genuine file, what it is about too; never to whom
        ResultVerification limited = dossiers.verification(code, null).orElseThrow();
        assertThat(limited.unitName()).isEqualTo(w.unit().name());
        assertThat(limited.full()).isFalse();
        assertThat(limited.procedureName()).isNull();
        assertThat(dossiers.verification(code, "khongphaikhoanay").orElseThrow().full()).isFalse();
        ResultVerification full = dossiers.verification(code, key).orElseThrow();
        assertThat(full.procedureName()).startsWith("Cấp giấy phép thử nghiệm");
        assertThat(full.sha256()).isEqualTo(vn.camau.egov.shared.domain.StoredFile.sha256(received));
        assertThat(full.toString()).doesNotContain("Nguyễn Thị Hoa");
        ResultVerification.Checked genuine = dossiers.checkResultFile(code, new Upload("ket-qua.pdf", received));
        assertThat(genuine.verdict()).isEqualTo(ResultVerification.FileCheck.GENUINE);
        assertThat(genuine.details().full()).isTrue();
        byte[] altered = received.clone();
        altered[altered.length / 4] ^= 0x01; // one bit, inside the signed bytes
        ResultVerification.Checked tampered = dossiers.checkResultFile(code, new Upload("ket-qua.pdf", altered));
        assertThat(tampered.verdict()).isEqualTo(ResultVerification.FileCheck.NOT_SIGNED);
        assertThat(tampered.details().full()).isFalse();
        // anything added after the signature (an incremental update) leaves the file unsigned
        byte[] tail = "\n% ghi them sau chu ky\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] appended = java.util.Arrays.copyOf(received, received.length + tail.length);
        System.arraycopy(tail, 0, appended, received.length, tail.length);
        assertThat(dossiers.checkResultFile(code, new Upload("ket-qua.pdf", appended)).verdict())
                .isEqualTo(ResultVerification.FileCheck.NOT_SIGNED);
        assertThat(dossiers.checkResultFile(code, new Upload("khac.pdf", pdf())).verdict())
                .isEqualTo(ResultVerification.FileCheck.NOT_SIGNED);
        assertThat(dossiers.checkResultFile("KHONG-CO-MA", new Upload("ket-qua.pdf", received)).verdict())
                .isEqualTo(ResultVerification.FileCheck.NO_RESULT);
    }

    @Test
    void anAttachedResultMustBeAPdfAndIsSignedToo() throws Exception {
        String code = releasing();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        InvalidInputException notPdf = catchThrowableOfType(InvalidInputException.class,
                () -> w.asReception(() -> { dossiers.attachResult(code, version(code), new Upload("ket-qua.png", png)); return null; }));
        assertThat(notPdf.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("result", "dossier.result.notPdf"));

        w.asReception(() -> { dossiers.attachResult(code, version(code), new Upload("giay-phep.pdf", pdf())); return null; });
        DossierDetail d = w.asReception(() -> dossiers.view(code));
        assertThat(d.resultName()).isEqualTo("giay-phep.pdf");
        assertThat(signer.verify(w.asReception(() -> dossiers.attachment(code, d.resultFileId())).bytes())).isPresent();

        // without a key for the unit nothing is signed, and the official is told why
        Path empty = Files.createTempFile("no-key", ".p12");
        KeyStore none = KeyStore.getInstance("PKCS12");
        none.load(null, PASSWORD.toCharArray());
        try (OutputStream out = Files.newOutputStream(empty)) {
            none.store(out, PASSWORD.toCharArray());
        }
        System.setProperty("egov.signing.keystore", empty.toString());
        assertThatThrownBy(() -> w.asLeader(() -> { dossiers.issueResult(code, version(code)); return null; }))
                .isInstanceOf(DossierRefusedException.class).hasMessageContaining("dossier.refused.noSigningKey");
        assertThat(w.asReception(() -> dossiers.view(code)).resultName()).isEqualTo("giay-phep.pdf");
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
