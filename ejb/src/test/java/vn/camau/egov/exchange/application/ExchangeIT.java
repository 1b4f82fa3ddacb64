package vn.camau.egov.exchange.application;

import vn.camau.egov.shared.application.ChainReport;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.document.application.DocumentService;
import vn.camau.egov.document.application.IncomingView;
import vn.camau.egov.document.application.OutgoingView;
import vn.camau.egov.document.domain.Confidentiality;
import vn.camau.egov.document.domain.DocumentType;
import vn.camau.egov.document.domain.IncomingDocument;
import vn.camau.egov.document.domain.IncomingStatus;
import vn.camau.egov.document.domain.OutgoingContent;
import vn.camau.egov.document.domain.RecipientKind;
import vn.camau.egov.document.domain.Urgency;
import vn.camau.egov.dossier.infrastructure.SigningKeys;
import vn.camau.egov.exchange.domain.Direction;
import vn.camau.egov.exchange.domain.EdxmlDocument;
import vn.camau.egov.exchange.domain.LoggedMessage;
import vn.camau.egov.exchange.domain.MessageKind;
import vn.camau.egov.exchange.domain.MessageState;
import vn.camau.egov.exchange.domain.XmlSignature;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.it.AsProvinceAdmin;
import vn.camau.egov.it.AsUser;
import vn.camau.egov.it.AxisPeer;
import vn.camau.egov.it.CentralHub;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.Fixtures;
import vn.camau.egov.it.TestSigningKeys;
import vn.camau.egov.organization.application.UnitView;
import vn.camau.egov.shared.application.Upload;
import vn.camau.egov.shared.domain.PageRequest;
import vn.camau.egov.shared.domain.VietnamTime;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exchange against a real central hub (a standalone Artemis broker on loopback) and a peer on
 * its other side: documents and statuses both ways, duplicates, malformed and forged messages, the
 * hub going away, recalls, and the register's numbers under concurrent issuing.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeIT {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private DocumentService documents;

    @Inject
    private PeerDirectory peers;

    @Inject
    private DeadLetters deadLetters;

    @Inject
    private ExchangeMonitor monitor;

    @Inject
    private MessageLog messageLog;

    @Resource
    private jakarta.transaction.UserTransaction tx;

    @Inject
    private Fixtures fixtures;

    @EJB
    private AsProvinceAdmin provinceAdmin;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/egov/DLQ")
    private Queue deadLetterQueue;

    @Resource
    private ManagedExecutorService executor;

    private UnitView unit;
    private String specialist;
    private String leader;
    private String clerk;
    private X509Certificate unitCertificate;
    private TestSigningKeys signing;
    private AxisPeer peer;

    @Inject
    private vn.camau.egov.shared.application.Readiness readiness;

    @BeforeEach
    void world() throws Exception {
        CentralHub.ensureStarted();
        unit = fixtures.newUnit();
        specialist = fixtures.uniqueUsername("cv");
        leader = fixtures.uniqueUsername("ld");
        clerk = fixtures.uniqueUsername("vt");
        fixtures.newOfficial(unit.code(), specialist, Role.SPECIALIST);
        fixtures.newOfficial(unit.code(), leader, Role.LEADER);
        fixtures.newOfficial(unit.code(), clerk, Role.CLERK);
        signing = TestSigningKeys.install(unit.code(), unit.name());
        unitCertificate = signing.certificate();
        // another province: a fresh agency per test, so tests never read each other's messages
        String agencyId = String.format("000.00.%02d.H%02d", ThreadLocalRandom.current().nextInt(100),
                ThreadLocalRandom.current().nextInt(13, 100));
        peer = new AxisPeer(agencyId, "UBND tỉnh thử nghiệm " + agencyId);
        provinceAdmin.call(() -> {
            peers.save(new PeerForm(peer.agencyId(), peer.name(), "egov.province." + peer.agencyId(),
                    peer.certificate().getEncoded()));
            return null;
        });
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (peer != null) {
            peer.close();
        }
        signing.close();
    }

    private <T> T as(String user, String role, Callable<T> work) throws Exception {
        return AsUser.call(user, Set.of(role), work::call);
    }

    /** Drafted, approved and issued to the peer; the issued document. */
    private OutgoingView issueToPeer(String subject) throws Exception {
        long id = approvedForPeer(subject);
        as(clerk, Roles.CLERK, () -> {
            documents.issue(id, documents.outgoing(id).version());
            return null;
        });
        return as(clerk, Roles.CLERK, () -> documents.outgoing(id));
    }

    private long approvedForPeer(String subject) throws Exception {
        OutgoingContent content = new OutgoingContent(DocumentType.LETTER, subject, "Tóm tắt nội dung", "Lê Văn Ký",
                "Giám đốc", Urgency.NORMAL, Confidentiality.NORMAL, "VP",
                List.of(new OutgoingContent.Recipient(RecipientKind.EXTERNAL, peer.agencyId(), peer.name())));
        long id = as(specialist, Roles.SPECIALIST, () -> documents.draft(content, List.of(new Upload("cong-van.pdf", PDF))));
        as(specialist, Roles.SPECIALIST, () -> {
            documents.submit(id, documents.outgoing(id).version());
            return null;
        });
        as(leader, Roles.LEADER, () -> {
            documents.approve(id, documents.outgoing(id).version());
            return null;
        });
        return id;
    }

    private String recipientStatus(long id) throws Exception {
        return as(clerk, Roles.CLERK, () -> documents.outgoing(id)).recipients().get(0).statusCode();
    }

    private String awaitRecipientStatus(long id, String code) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        String now;
        while (!code.equals(now = recipientStatus(id)) && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        return now;
    }

    private List<IncomingDocument> incoming(String documentId) {
        return em.createQuery("select d from IncomingDocument d where d.documentId = :id", IncomingDocument.class)
                .setParameter("id", documentId).getResultList();
    }

    private IncomingDocument awaitIncoming(String documentId) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            List<IncomingDocument> found = incoming(documentId);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the document " + documentId + " did not arrive");
    }

    private List<LoggedMessage> logged(Direction direction, String documentId) {
        return em.createQuery("select m from LoggedMessage m where m.direction = :d and m.documentId = :doc order by m.id",
                LoggedMessage.class).setParameter("d", direction).setParameter("doc", documentId).getResultList();
    }

    @Test
    void anIssuedDocumentReachesTheOtherProvinceSignedAndItsStatusesComeBack() throws Exception {
        OutgoingView issued = issueToPeer("Về việc phối hợp liên thông văn bản");
        assertThat(issued.code()).matches(issued.number() + "/[A-Z0-9]+-VP");

        AxisPeer.Received got = peer.await(AxisPeer.documentWithId(issued.exchangeId()), WAIT);
        // signed with the unit's key, over the whole message
        assertThat(XmlSignature.verify(got.xml(), unitCertificate.getPublicKey())).isEqualTo(XmlSignature.Outcome.VALID);
        EdxmlDocument d = got.document();
        assertThat(d.subject()).isEqualTo("Về việc phối hợp liên thông văn bản");
        assertThat(d.from().organId()).isEqualTo(unit.agencyId());
        assertThat(d.code()).isEqualTo(issued.code());
        assertThat(d.attachments()).singleElement().satisfies(a -> assertThat(a.content()).isEqualTo(PDF));
        assertThat(got.toAddress()).isEqualTo("egov.province." + peer.agencyId());
        assertThat(logged(Direction.OUT, issued.exchangeId())).singleElement()
                .satisfies(m -> assertThat(m.getState()).isEqualTo(MessageState.QUEUED));

        for (String code : List.of("01", "03", "04", "05", "06")) {
            peer.send(peer.status(d, code, "06".equals(code) ? "Đã xử lý xong" : null));
        }
        assertThat(awaitRecipientStatus(issued.id(), "06")).isEqualTo("06");
        assertThat(logged(Direction.OUT, issued.exchangeId())).singleElement()
                .satisfies(m -> assertThat(m.getState()).isEqualTo(MessageState.ACKNOWLEDGED));
        // taken in the order they were sent, although the province takes its inbox eight at a time
        assertThat(logged(Direction.IN, issued.exchangeId())).hasSize(5)
                .allSatisfy(m -> assertThat(m.getSignatureValid()).isTrue())
                .extracting(LoggedMessage::getStatusCode).containsExactly("01", "03", "04", "05", "06");
    }

    @Test
    void documentsAndTheirRevocationsSentBackToBackAreTakenInTheirOrder() throws Exception {
        // each revocation right behind its document: taken first, it would find nothing to revoke (02)
        List<EdxmlDocument> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            EdxmlDocument d = peer.document(unit.agencyId(), String.valueOf(300 + i), "Văn bản thứ " + i, PDF);
            peer.send(d);
            peer.send(AxisPeer.again(d, 1, d.subject(), "Thu hồi để sửa sai sót", List.of()));
            sent.add(d);
        }
        for (EdxmlDocument d : sent) {
            peer.await(AxisPeer.statusFor(d.documentId(), "01"), WAIT);
            long end = System.nanoTime() + WAIT.toNanos();
            while (!awaitIncoming(d.documentId()).isRecallRequested() && System.nanoTime() < end) {
                Thread.sleep(100);
                em.clear();
            }
            assertThat(awaitIncoming(d.documentId()).isRecallRequested()).as(d.documentId()).isTrue();
        }
        assertThat(peer.drain(Duration.ofSeconds(2))).noneMatch(r -> "STATUS".equals(r.kind())
                && "02".equals(r.status().statusCode()));
    }

    @Test
    void aDocumentFromTheAxisIsRegisteredOnceAndEveryStepIsReportedBack() throws Exception {
        EdxmlDocument d = peer.document(unit.agencyId(), "45", "Về việc triển khai Kế hoạch 36a", PDF);
        String messageId = peer.send(d);
        // the hub delivers the same message again, and the sender sends the document again under a new message id
        byte[] again = peer.signed(vn.camau.egov.exchange.domain.Edxml.write(d));
        peer.send(messageId, "DOCUMENT", again, d.documentId());
        EdxmlDocument resent = new EdxmlDocument(UUID.randomUUID().toString(), d.from(), d.to(), d.codeNumber(),
                d.codeNotation(), d.place(), d.promulgationDate(), d.documentType(), d.typeName(), d.subject(), d.content(),
                d.signerCompetence(), d.signerPosition(), d.signerFullName(), d.dueDate(), d.toPlaces(), d.priority(),
                d.documentId(), d.trace(), d.businessDocType(), d.businessReason(), d.staff(), d.paper(), d.attachments());
        peer.send(resent);

        IncomingDocument arrived = awaitIncoming(d.documentId());
        peer.await(AxisPeer.statusFor(d.documentId(), "01"), WAIT);
        // all three handled: nothing else arrives, and the document is there once, with its file
        List<AxisPeer.Received> rest = peer.drain(Duration.ofSeconds(3));
        assertThat(rest).noneMatch(AxisPeer.statusFor(d.documentId(), "01"));
        assertThat(incoming(d.documentId())).hasSize(1);
        assertThat(arrived.getStatus()).isEqualTo(IncomingStatus.ARRIVED);
        assertThat(arrived.getAttachments()).singleElement().satisfies(f -> assertThat(f.getContent()).isEqualTo(PDF));
        assertThat(arrived.getSenderAgencyId()).isEqualTo(peer.agencyId());
        // the resent copy is in the log, as a duplicate
        assertThat(logged(Direction.IN, d.documentId())).extracting(LoggedMessage::getState)
                .containsExactlyInAnyOrder(MessageState.ACCEPTED, MessageState.DUPLICATE);

        long id = arrived.getId();
        as(clerk, Roles.CLERK, () -> {
            documents.register(id, documents.incoming(id).version());
            return null;
        });
        peer.await(AxisPeer.statusFor(d.documentId(), "03"), WAIT);
        LocalDate due = LocalDate.now().plusDays(5);
        as(leader, Roles.LEADER, () -> {
            documents.assign(id, documents.incoming(id).version(), specialist, due);
            return null;
        });
        peer.await(AxisPeer.statusFor(d.documentId(), "04"), WAIT);
        as(specialist, Roles.SPECIALIST, () -> {
            documents.start(id, documents.incoming(id).version());
            return null;
        });
        peer.await(AxisPeer.statusFor(d.documentId(), "05"), WAIT);
        as(specialist, Roles.SPECIALIST, () -> {
            documents.complete(id, documents.incoming(id).version(), "Đã triển khai");
            return null;
        });
        AxisPeer.Received done = peer.await(AxisPeer.statusFor(d.documentId(), "06"), WAIT);
        assertThat(XmlSignature.verify(done.xml(), unitCertificate.getPublicKey())).isEqualTo(XmlSignature.Outcome.VALID);
        assertThat(done.status().description()).isEqualTo("Đã triển khai");
    }

    @Test
    void aMalformedDocumentIsAnsweredWith02AndParkedWithTheReason() throws Exception {
        EdxmlDocument good = peer.document(unit.agencyId(), "46", "Thiếu người ký", null);
        EdxmlDocument bad = new EdxmlDocument(good.messageId(), good.from(), good.to(), good.codeNumber(),
                good.codeNotation(), good.place(), good.promulgationDate(), good.documentType(), good.typeName(),
                null, good.content(), good.signerCompetence(), good.signerPosition(), good.signerFullName(), good.dueDate(),
                good.toPlaces(), good.priority(), good.documentId(), good.trace(), good.businessDocType(),
                good.businessReason(), good.staff(), good.paper(), good.attachments());
        String messageId = peer.send(bad.messageId(), "DOCUMENT", peer.signed(vn.camau.egov.exchange.domain.Edxml.write(bad)));

        AxisPeer.Received rejection = peer.await(AxisPeer.statusFor(good.documentId(), "02"), WAIT);
        assertThat(rejection.status().description()).contains("MessageHeader.Subject");
        assertThat(incoming(good.documentId())).isEmpty();
        assertThat(em.createQuery("select m from LoggedMessage m where m.direction = :d and m.messageId = :id",
                LoggedMessage.class).setParameter("d", Direction.IN).setParameter("id", messageId).getSingleResult().getState())
                .isEqualTo(MessageState.REJECTED);
        Message parked = parked(messageId);
        assertThat(parked.getStringProperty("egov_reason")).contains("MessageHeader.Subject");

        // a message not signed by the sender's key on file is parked, and nobody is answered: a forger
        // must not make the province tell the agency it names that its document was rejected
        EdxmlDocument forged = peer.document(unit.agencyId(), "47", "Giả mạo", null);
        AxisPeer impostor = new AxisPeer(peer.agencyId(), peer.name());
        try {
            impostor.send(forged);
        } finally {
            impostor.close();
        }
        assertThat(parked(forged.messageId()).getStringProperty("egov_reason")).contains("signature invalid");
        LoggedMessage logged = em.createQuery("select m from LoggedMessage m where m.direction = :d and m.messageId = :id",
                LoggedMessage.class).setParameter("d", Direction.IN).setParameter("id", forged.messageId()).getSingleResult();
        assertThat(logged.getState()).isEqualTo(MessageState.REJECTED);
        assertThat(logged.getSignatureValid()).isFalse();
        assertThat(peer.drain(Duration.ofSeconds(3))).noneMatch(AxisPeer.statusFor(forged.documentId(), "02"));
        assertThat(incoming(forged.documentId())).isEmpty();
    }

    private Message parked(String messageId) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            try (var browser = jms.createBrowser(deadLetterQueue, "egov_message_id = '" + messageId + "'")) {
                var e = browser.getEnumeration();
                if (e.hasMoreElements()) {
                    return (Message) e.nextElement();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("message " + messageId + " is not on the dead-letter queue");
    }

    @Test
    void documentsIssuedWhileTheHubIsDownAreDeliveredOnceWhenItReturns() throws Exception {
        List<Long> approved = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            approved.add(approvedForPeer("Văn bản khi trục ngừng " + i));
        }
        assertThat(readiness.hub()).as("the hub's link while it runs").isNull();
        CentralHub.stop();
        List<String> exchangeIds = new ArrayList<>();
        try {
            // the hub's JVM may take a moment to close its port after its process was told to stop
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            while (readiness.hub() == null && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(readiness.hub()).as("the hub's link while it is stopped").isNotNull();
            assertThat(readiness.check().ready()).as("the portal stays ready without the hub").isTrue();
            for (long id : approved) {
                as(clerk, Roles.CLERK, () -> {
                    documents.issue(id, documents.outgoing(id).version());
                    return null;
                });
                exchangeIds.add(as(clerk, Roles.CLERK, () -> documents.outgoing(id)).exchangeId());
            }
            Thread.sleep(2000);
        } finally {
            CentralHub.start();
        }
        assertThat(readiness.hub()).as("the hub's link once it is back").isNull();
        // the peer's connection went with the hub
        try {
            peer.close();
        } catch (jakarta.jms.JMSException e) {
            // already broken
        }
        peer = reconnected(peer);
        for (String exchangeId : exchangeIds) {
            peer.await(AxisPeer.documentWithId(exchangeId), Duration.ofSeconds(90));
        }
        List<AxisPeer.Received> extra = peer.drain(Duration.ofSeconds(3));
        assertThat(extra).as("no document twice").noneMatch(r -> "DOCUMENT".equals(r.kind()));
    }

    private static AxisPeer reconnected(AxisPeer old) throws Exception {
        return AxisPeer.reconnect(old);
    }

    @Test
    void aRecallAskedByTheSenderIsAnsweredByTheClerkAndOursReachesTheRecipient() throws Exception {
        EdxmlDocument d = peer.document(unit.agencyId(), "48", "Văn bản sẽ thu hồi", null);
        peer.send(d);
        long id = awaitIncoming(d.documentId()).getId();
        peer.await(AxisPeer.statusFor(d.documentId(), "01"), WAIT);

        // the sender asks for it back (13): the clerk sees the request and agrees (15)
        peer.send(new vn.camau.egov.exchange.domain.EdxmlStatus(UUID.randomUUID().toString(), unit.agencyId(),
                d.code(), d.promulgationDate(), d.documentId(), vn.camau.egov.exchange.domain.Organization.of(peer.agencyId(),
                peer.name()), "13", "Ban hành nhầm", Instant.now(), null));
        long end = System.nanoTime() + WAIT.toNanos();
        IncomingView view;
        while (!(view = as(clerk, Roles.CLERK, () -> documents.incoming(id))).allowedActions().contains("agreeRecall")
                && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertThat(view.allowedActions()).contains("agreeRecall", "refuseRecall");
        long version = view.version();
        as(clerk, Roles.CLERK, () -> {
            documents.agreeToRecall(id, version);
            return null;
        });
        peer.await(AxisPeer.statusFor(d.documentId(), "15"), WAIT);
        assertThat(as(clerk, Roles.CLERK, () -> documents.incoming(id)).status()).isEqualTo(IncomingStatus.RECALLED);

        // and the province recalls one of its own: the recipient is asked (13)
        OutgoingView issued = issueToPeer("Văn bản của tỉnh sẽ thu hồi");
        peer.await(AxisPeer.documentWithId(issued.exchangeId()), WAIT);
        as(clerk, Roles.CLERK, () -> {
            documents.recall(issued.id(), documents.outgoing(issued.id()).version(), "Sai sót thể thức");
            return null;
        });
        AxisPeer.Received recall = peer.await(AxisPeer.statusFor(issued.exchangeId(), "13"), WAIT);
        assertThat(recall.status().description()).isEqualTo("Sai sót thể thức");
    }

    @Test
    void concurrentIssuingGivesEveryDocumentItsOwnNumberWithoutGaps() throws Exception {
        List<Long> approved = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            approved.add(approvedForPeer("Văn bản cấp số đồng thời " + i));
        }
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (long id : approved) {
            tasks.add(() -> as(clerk, Roles.CLERK, () -> {
                documents.issue(id, documents.outgoing(id).version());
                return documents.outgoing(id).number();
            }));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<Integer> f : executor.invokeAll(tasks)) {
            numbers.add(f.get());
        }
        Collections.sort(numbers);
        int first = numbers.get(0);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            expected.add(first + i);
        }
        assertThat(numbers).isEqualTo(expected);
        assertThat(first).isEqualTo(1);
        for (long id : approved) {
            peer.await(AxisPeer.documentWithId(as(clerk, Roles.CLERK, () -> documents.outgoing(id)).exchangeId()), WAIT);
        }
    }

    @Test
    void aMessageFromAnAgencyNotYetInTheDirectoryIsParkedThenReplayedOnceTheAdministratorAddsIt() throws Exception {
        String agencyId = String.format("000.00.%02d.H%02d", ThreadLocalRandom.current().nextInt(100),
                ThreadLocalRandom.current().nextInt(13, 100));
        try (AxisPeer stranger = new AxisPeer(agencyId, "UBND tỉnh mới " + agencyId)) {
            EdxmlDocument d = stranger.document(unit.agencyId(), "49", "Văn bản của cơ quan chưa có trong danh bạ", PDF);
            String messageId = stranger.send(d);
            Message parked = parked(messageId);
            assertThat(parked.getStringProperty("egov_reason")).contains("not in the peer directory");
            assertThat(incoming(d.documentId())).isEmpty();

            DeadLetter letter = provinceAdmin.call(() -> deadLetters.list()).stream()
                    .filter(l -> messageId.equals(l.messageId())).findFirst().orElseThrow();
            assertThat(letter.origin()).isEqualTo("egov.exchange.inbound");
            provinceAdmin.call(() -> {
                peers.save(new PeerForm(agencyId, stranger.name(), "egov.province." + agencyId,
                        stranger.certificate().getEncoded()));
                deadLetters.replay(letter.id());
                return null;
            });
            assertThat(awaitIncoming(d.documentId()).getSenderAgencyId()).isEqualTo(agencyId);
            stranger.await(AxisPeer.statusFor(d.documentId(), "01"), WAIT);
            assertThat(provinceAdmin.call(() -> deadLetters.list())).noneMatch(l -> letter.id().equals(l.id()));
            assertThat(em.createQuery("select m from LoggedMessage m where m.direction = :d and m.messageId = :id",
                    LoggedMessage.class).setParameter("d", Direction.IN).setParameter("id", messageId).getSingleResult()
                    .getState()).isEqualTo(MessageState.ACCEPTED);
        }
    }

    @Test
    void theAdministratorDiscardsADeadLetterAndTheLogVerificationFindsATamperedEntry() throws Exception {
        EdxmlDocument bad = peer.document(unit.agencyId(), "50", "x".repeat(600), null);
        String messageId = peer.send(bad);
        parked(messageId);
        DeadLetter letter = provinceAdmin.call(() -> deadLetters.list()).stream()
                .filter(l -> messageId.equals(l.messageId())).findFirst().orElseThrow();
        assertThat(letter.reason()).contains("MessageHeader.Subject");
        provinceAdmin.call(() -> {
            deadLetters.discard(letter.id());
            return null;
        });
        assertThat(provinceAdmin.call(() -> deadLetters.list())).noneMatch(l -> letter.id().equals(l.id()));

        // the timer seals every few seconds: sealed now, so that the entry has its number
        while (monitor.seal() == ExchangeMonitor.SEAL_BATCH) {
            // the next batch
        }
        ChainReport before = provinceAdmin.call(() -> monitor.verify());
        assertThat(before.intact()).as(before.why()).isTrue();
        LoggedMessage entry = em.createQuery("select m from LoggedMessage m where m.direction = :d and m.messageId = :id",
                LoggedMessage.class).setParameter("d", Direction.IN).setParameter("id", messageId).getSingleResult();
        assertThat(entry.getSequence()).isNotNull();
        assertThat(entry.isIntact()).isTrue();
        long seq = entry.getSequence();
        // someone edits the stored message behind the application's back
        tx.begin();
        em.createNativeQuery("UPDATE exchange_log SET document_id = 'changed' WHERE seal_seq = ?").setParameter(1, seq)
                .executeUpdate();
        tx.commit();
        try {
            ChainReport after = provinceAdmin.call(() -> monitor.verify());
            assertThat(after.intact()).isFalse();
            assertThat(after.brokenAt()).isEqualTo(seq);
        } finally {
            tx.begin();
            em.createNativeQuery("UPDATE exchange_log SET document_id = ? WHERE seal_seq = ?")
                    .setParameter(1, entry.getDocumentId()).setParameter(2, seq).executeUpdate();
            tx.commit();
        }
        LocalDate today = VietnamTime.dateOf(Instant.now());
        ReconciliationDay day = provinceAdmin.call(() -> monitor.reconciliation(today, today)).get(0);
        assertThat(day.rejected()).isPositive();
        assertThat(day.sent()).isEqualTo(day.pending() + day.delivered() + day.acknowledged() + day.failed());
        // and as a report to file
        vn.camau.egov.shared.application.FileContent report = provinceAdmin.call(() -> monitor.reconciliationReport(today, today));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(report.bytes())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains("BÁO CÁO ĐỐI SOÁT LIÊN THÔNG", "Tổng cộng", String.valueOf(day.rejected()));
        }
    }

    @Test
    void theLogIsSealedAfterItsCommitWhileStatesMoveAndAnEntryLeftUnsealedIsReported() throws Exception {
        String id = "seal-" + UUID.randomUUID();
        tx.begin();
        long entryId = messageLog.append(new LoggedMessage.Entry(Direction.OUT, MessageKind.STATUS,
                id, null, null, "01", MessageState.QUEUED, null, null, "<edXML/>".getBytes(StandardCharsets.UTF_8))).getId();
        tx.commit();
        assertThat(em.find(LoggedMessage.class, entryId).getSequence()).as("not in the chain before its seal").isNull();
        // its state moves while it is sealed (the delivery tracker read it, the timer seals it, the
        // tracker commits): the seal neither undoes the move nor makes it fail
        tx.begin();
        LoggedMessage moving = em.find(LoggedMessage.class, entryId);
        while (monitor.seal() == ExchangeMonitor.SEAL_BATCH) {
            // the next batch, committed in its own transaction
        }
        moving.moveTo(MessageState.DELIVERED, null, Instant.now());
        tx.commit();
        em.clear();
        LoggedMessage sealed = em.find(LoggedMessage.class, entryId);
        assertThat(sealed.getSequence()).isNotNull();
        assertThat(sealed.getState()).isEqualTo(MessageState.DELIVERED);
        assertThat(sealed.isIntact()).isTrue();
        ChainReport intact = provinceAdmin.call(() -> monitor.verify());
        assertThat(intact.intact()).as(intact.why()).isTrue();
        assertThat(intact.checked()).isGreaterThanOrEqualTo(sealed.getSequence());

        // an entry the sealer has not taken for long (its timer stopped) is reported; checked inside the
        // transaction that wrote it, so that the timer cannot seal it meanwhile, and rolled back after
        tx.begin();
        try {
            long lateId = messageLog.append(new LoggedMessage.Entry(Direction.OUT,
                    MessageKind.STATUS, "seal-late-" + UUID.randomUUID(), null,
                    null, "01", MessageState.QUEUED, null, null, "<edXML/>".getBytes(StandardCharsets.UTF_8))).getId();
            em.flush();
            em.createNativeQuery("UPDATE exchange_log SET created_at = ? WHERE id = ?")
                    .setParameter(1, java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(11))))
                    .setParameter(2, lateId).executeUpdate();
            ChainReport stopped = provinceAdmin.call(() -> monitor.verify());
            assertThat(stopped.intact()).isFalse();
            assertThat(stopped.why()).contains("not sealed");
        } finally {
            tx.rollback();
        }
        ChainReport after = provinceAdmin.call(() -> monitor.verify());
        assertThat(after.intact()).as(after.why()).isTrue();
    }

    @Test
    void theDaysLogListsTheNewestFirstAlsoForEntriesLoggedBeforeTheirOwnIds() throws Exception {
        // as V13 left the entries logged before it: ids below zero, the older the higher (-seq)
        long legacy = -1_000_000_000L - ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String older = "legacy-" + UUID.randomUUID();
        String newer = "legacy-" + UUID.randomUUID();
        for (String messageId : List.of(older, newer)) {
            tx.begin();
            long entryId = messageLog.append(new LoggedMessage.Entry(Direction.OUT,
                    MessageKind.STATUS, messageId, null, null, "01", MessageState.QUEUED,
                    null, null, "<edXML/>".getBytes(StandardCharsets.UTF_8))).getId();
            em.flush();
            em.createNativeQuery("UPDATE exchange_log SET id = ? WHERE id = ?")
                    .setParameter(1, messageId.equals(older) ? legacy : legacy - 1).setParameter(2, entryId).executeUpdate();
            tx.commit();
            Thread.sleep(5);
        }
        LocalDate today = VietnamTime.dateOf(Instant.now());
        List<String> listed = provinceAdmin.call(() -> monitor.log(today,
                PageRequest.first(PageRequest.MAX_SIZE)))
                .items().stream().map(LoggedMessageView::messageId).toList();
        assertThat(listed).contains(newer, older);
        assertThat(listed.indexOf(newer)).isLessThan(listed.indexOf(older));
    }

    @Test
    void aNewVersionOfAReceivedDocumentWaitsForTheClerkAndARevocationAsksForItBack() throws Exception {
        EdxmlDocument d = peer.document(unit.agencyId(), "51", "Kế hoạch tổ chức hội nghị", PDF);
        peer.send(d);
        long id = awaitIncoming(d.documentId()).getId();
        peer.await(AxisPeer.statusFor(d.documentId(), "01"), WAIT);

        byte[] revisedPdf = "%PDF-1.7\n% sua doi\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        peer.send(AxisPeer.again(d, 2, "Kế hoạch tổ chức hội nghị (sửa đổi thời gian)", "Đổi thời gian tổ chức",
                List.of(new vn.camau.egov.exchange.domain.EdxmlAttachment("att1", "ke-hoach-sua-doi.pdf", "Kế hoạch",
                        "application/pdf", revisedPdf))));
        IncomingView pending = awaitAction(id, "agreeUpdate");
        assertThat(pending.updateSubject()).isEqualTo("Kế hoạch tổ chức hội nghị (sửa đổi thời gian)");
        assertThat(pending.updateReason()).isEqualTo("Đổi thời gian tổ chức");
        assertThat(pending.subject()).isEqualTo("Kế hoạch tổ chức hội nghị");
        assertThat(incoming(d.documentId())).hasSize(1);
        as(clerk, Roles.CLERK, () -> { documents.agreeToUpdate(id, pending.version()); return null; });
        peer.await(AxisPeer.statusFor(d.documentId(), "15"), WAIT);
        IncomingView taken = as(clerk, Roles.CLERK, () -> documents.incoming(id));
        assertThat(taken.subject()).isEqualTo("Kế hoạch tổ chức hội nghị (sửa đổi thời gian)");
        assertThat(taken.files()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("ke-hoach-sua-doi.pdf"));
        assertThat(taken.allowedActions()).doesNotContain("agreeUpdate");

        // a revocation (type 1) asks for it back; the clerk keeps it (16)
        peer.send(AxisPeer.again(d, 1, d.subject(), "Ban hành sai thẩm quyền", List.of()));
        IncomingView asked = awaitAction(id, "refuseRecall");
        as(clerk, Roles.CLERK, () -> { documents.refuseRecall(id, asked.version()); return null; });
        peer.await(AxisPeer.statusFor(d.documentId(), "16"), WAIT);
        assertThat(as(clerk, Roles.CLERK, () -> documents.incoming(id)).status()).isNotEqualTo(IncomingStatus.RECALLED);

        // an agency the administrator stopped is no longer written to, and the clerk's work goes on
        provinceAdmin.call(() -> {
            peers.setActive(peer.agencyId(), false);
            return null;
        });
        as(clerk, Roles.CLERK, () -> { documents.register(id, documents.incoming(id).version()); return null; });
        assertThat(as(clerk, Roles.CLERK, () -> documents.incoming(id)).status()).isEqualTo(IncomingStatus.REGISTERED);
        assertThat(peer.drain(Duration.ofSeconds(3))).noneMatch(AxisPeer.statusFor(d.documentId(), "03"));
    }

    private IncomingView awaitAction(long id, String action) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        IncomingView view;
        while (!(view = as(clerk, Roles.CLERK, () -> documents.incoming(id))).allowedActions().contains(action)
                && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertThat(view.allowedActions()).contains(action);
        return view;
    }
}
