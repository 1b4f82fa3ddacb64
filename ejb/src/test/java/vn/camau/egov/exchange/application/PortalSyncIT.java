package vn.camau.egov.exchange.application;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.catalog.application.CatalogService;
import vn.camau.egov.dossier.application.DossierService;
import vn.camau.egov.dossier.domain.Channel;
import vn.camau.egov.dossier.domain.Dossier;
import vn.camau.egov.dossier.domain.DossierStatus;
import vn.camau.egov.exchange.domain.Direction;
import vn.camau.egov.exchange.domain.LoggedMessage;
import vn.camau.egov.exchange.domain.MessageState;
import vn.camau.egov.exchange.domain.PortalRecords;
import vn.camau.egov.exchange.domain.SecureXml;
import vn.camau.egov.exchange.domain.XmlSignature;
import vn.camau.egov.it.AsProvinceAdmin;
import vn.camau.egov.it.AxisPeer;
import vn.camau.egov.it.CentralHub;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.DossierWorld;
import vn.camau.egov.it.DossierWorld.World;
import vn.camau.egov.it.TestSigningKeys;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The National Public Service Portal over the real hub: a dossier's whole life and the catalogue
 * published with the portal's status codes, receipts, and dossiers citizens submitted on the portal
 * taken into the reception inbox once.
 */
@ExtendWith(ArquillianExtension.class)
class PortalSyncIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private DossierService dossiers;

    @Inject
    private CatalogService catalog;

    @Inject
    private PeerDirectory peers;

    @Inject
    private DossierWorld worlds;

    @Inject
    private DeadLetters deadLetters;

    @Inject
    private PortalPublisher publisher;

    @EJB
    private AsProvinceAdmin provinceAdmin;

    @PersistenceContext
    private EntityManager em;

    private World w;
    private AxisPeer portal;
    private X509Certificate unitCertificate;
    private TestSigningKeys signing;

    @BeforeEach
    void world() throws Exception {
        CentralHub.ensureStarted();
        w = worlds.create();
        signing = TestSigningKeys.install(w.unit().code(), w.unit().name());
        unitCertificate = signing.certificate();
        // a portal of its own per test; a changed status table, as a province may configure it
        String agencyId = String.format("000.00.%02d.G%02d", ThreadLocalRandom.current().nextInt(100),
                ThreadLocalRandom.current().nextInt(100));
        portal = new AxisPeer(agencyId, "Cổng Dịch vụ công quốc gia (thử nghiệm)");
        System.setProperty("egov.portal.agency-id", agencyId);
        System.setProperty("egov.portal.status-map", "DONE=11");
        provinceAdmin.call(() -> {
            peers.save(new PeerForm(agencyId, portal.name(), "egov.portal", portal.certificate().getEncoded()));
            return null;
        });
    }

    @AfterEach
    void cleanUp() throws Exception {
        System.clearProperty("egov.portal.agency-id");
        System.clearProperty("egov.portal.status-map");
        portal.close();
        signing.close();
    }

    private static java.util.function.Predicate<AxisPeer.Received> syncOf(String code, String status) {
        return r -> "PORTAL_DOSSIER".equals(r.kind()) && code.equals(sync(r).code()) && status.equals(sync(r).status());
    }

    private static PortalRecords.DossierSync sync(AxisPeer.Received r) {
        var xml = r.xml();
        XmlSignature.strip(xml);
        return PortalRecords.readDossierSync(xml);
    }

    private long version(String code) throws Exception {
        return w.asReception(() -> dossiers.view(code)).version();
    }

    @Test
    void aDossiersWholeLifeReachesThePortalWithItsStatusCodesAndReceiptsAreKept() throws Exception {
        String code = w.asCitizen(() -> dossiers.submitOnline(w.level3(), DossierWorld.form(), DossierWorld.files()));
        AxisPeer.Received submitted = portal.await(syncOf(code, "1"), WAIT);
        assertThat(XmlSignature.verify(submitted.xml(), unitCertificate.getPublicKey())).isEqualTo(XmlSignature.Outcome.VALID);
        PortalRecords.DossierSync first = sync(submitted);
        assertThat(first.procedureCode()).isEqualTo(w.level3());
        assertThat(first.owner()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(first.files()).hasSize(DossierWorld.files().size());

        w.asReception(() -> { dossiers.accept(code, version(code)); return null; });
        PortalRecords.DossierSync accepted = sync(portal.await(syncOf(code, "4"), WAIT));
        assertThat(accepted.received()).isNotNull();
        assertThat(accepted.due()).isAfter(accepted.received());
        // a supplement: asked (5), then sent by the citizen (back to 4), both in the record
        w.asSpecialist(() -> { dossiers.requestSupplement(code, version(code), "Bổ sung bản sao giấy phép"); return null; });
        portal.await(syncOf(code, "5"), WAIT);
        w.asCitizen(() -> {
            dossiers.supplement(code, w.asCitizen(() -> dossiers.view(code)).version(), "Đã bổ sung", List.of(
                    new vn.camau.egov.dossier.application.DocumentUpload(DossierWorld.OTHER, new vn.camau.egov.shared
                            .application.Upload("bo-sung.pdf", "%PDF-1.7\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))));
            return null;
        });
        PortalRecords.DossierSync resumed = sync(portal.await(r -> "PORTAL_DOSSIER".equals(r.kind())
                && code.equals(sync(r).code()) && "4".equals(sync(r).status()) && !sync(r).supplements().isEmpty(), WAIT));
        assertThat(resumed.supplements()).singleElement().satisfies(b -> {
            assertThat(b.request()).isEqualTo("Bổ sung bản sao giấy phép");
            assertThat(b.supplied()).isAfterOrEqualTo(b.requested());
        });
        w.asSpecialist(() -> { dossiers.completeStep(code, version(code), "Hồ sơ hợp lệ"); return null; });
        w.asLeader(() -> { dossiers.completeStep(code, version(code), "Đồng ý cấp phép"); return null; });
        portal.await(syncOf(code, "9"), WAIT);
        w.asReception(() -> { dossiers.returnResult(code, version(code)); return null; });
        // the configured table: DONE is 11 here
        AxisPeer.Received done = portal.await(syncOf(code, "11"), WAIT);
        assertThat(sync(done).progress()).extracting(PortalRecords.Progress::status).startsWith("1", "4").endsWith("11");
        assertThat(sync(done).returned()).isNotNull();

        // the portal's receipt marks the message taken
        portal.send(UUID.randomUUID().toString(), "PORTAL_RECEIPT", portal.signed(PortalRecords.write(
                new PortalRecords.Receipt(UUID.randomUUID().toString(), done.messageId(), true, code, null))));
        long end = System.nanoTime() + WAIT.toNanos();
        LoggedMessage sent;
        do {
            Thread.sleep(100);
            em.clear();
            sent = em.createQuery("select m from LoggedMessage m where m.direction = :d and m.messageId = :id",
                    LoggedMessage.class).setParameter("d", Direction.OUT).setParameter("id", done.messageId()).getSingleResult();
        } while (sent.getState() != MessageState.ACKNOWLEDGED && System.nanoTime() < end);
        assertThat(sent.getState()).isEqualTo(MessageState.ACKNOWLEDGED);
    }

    @Test
    void aChangeOfTheCatalogueIsPublished() throws Exception {
        provinceAdmin.call(() -> {
            catalog.setActive(w.level4(), false);
            return null;
        });
        AxisPeer.Received r = portal.await(m -> "PORTAL_CATALOG".equals(m.kind())
                && new String(m.payload(), java.nio.charset.StandardCharsets.UTF_8).contains("<MaTTHC>" + w.level4() + "</MaTTHC>"), WAIT);
        String xml = new String(r.payload(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("<TrangThai>0</TrangThai>", "<MucDo>4</MucDo>", "<PhiLePhi>200000</PhiLePhi>");

        // the whole catalogue on request: every procedure, this world's two among them
        PortalPublisher.CataloguePublished published = provinceAdmin.call(() -> publisher.publishCatalogue());
        assertThat(published.sent()).isGreaterThanOrEqualTo(2);
        // the other tests' units have no key here: named, not sent, and not in the way of the rest
        assertThat(published.unitsWithoutKey()).doesNotContain(w.unit().name());
        portal.await(m -> "PORTAL_CATALOG".equals(m.kind())
                && new String(m.payload(), java.nio.charset.StandardCharsets.UTF_8).contains("<MaTTHC>" + w.level3() + "</MaTTHC>"), WAIT);
    }

    @Test
    void aDossierSubmittedOnThePortalEntersTheReceptionInboxOnce() throws Exception {
        String portalCode = "G22-" + UUID.randomUUID().toString().substring(0, 8);
        List<PortalRecords.SubmittedFile> files = new ArrayList<>();
        DossierWorld.files().forEach(f -> files.add(new PortalRecords.SubmittedFile(f.documentName(), f.upload().name(),
                f.upload().content())));
        PortalRecords.Submission s = new PortalRecords.Submission(portalCode, w.level3(), "Phạm Văn Đức", "096077000123",
                "Phường 7, TP Cà Mau", "0912000123", null, false, DossierWorld.form().answers(), files);
        String messageId = UUID.randomUUID().toString();
        byte[] signed = portal.signed(PortalRecords.write(s, messageId));
        portal.send(messageId, "PORTAL_DOSSIER", signed);
        // the hub delivers it twice, and the portal sends it again under a new id
        portal.send(messageId, "PORTAL_DOSSIER", signed);
        String again = UUID.randomUUID().toString();
        portal.send(again, "PORTAL_DOSSIER", portal.signed(PortalRecords.write(s, again)));

        AxisPeer.Received receipt = portal.await(m -> "PORTAL_RECEIPT".equals(m.kind())
                && new String(m.payload(), java.nio.charset.StandardCharsets.UTF_8).contains(messageId), WAIT);
        var xml = receipt.xml();
        XmlSignature.strip(xml);
        PortalRecords.Receipt taken = PortalRecords.readReceipt(xml);
        assertThat(taken.ok()).isTrue();
        Dossier d = em.createQuery("select d from Dossier d where d.code = :c", Dossier.class)
                .setParameter("c", taken.code()).getSingleResult();
        assertThat(d.getChannel()).isEqualTo(Channel.NATIONAL_PORTAL);
        assertThat(d.getStatus()).isEqualTo(DossierStatus.NEW);
        assertThat(d.getPortalCode()).isEqualTo(portalCode);
        assertThat(d.getAttachments()).hasSize(files.size());
        // the second copy answered with the same dossier; only one exists
        portal.await(m -> "PORTAL_RECEIPT".equals(m.kind())
                && new String(m.payload(), java.nio.charset.StandardCharsets.UTF_8).contains(again), WAIT);
        assertThat(em.createQuery("select count(d) from Dossier d where d.portalCode = :p", Long.class)
                .setParameter("p", portalCode).getSingleResult()).isEqualTo(1L);
        // and it is in the unit's reception inbox, marked as from the portal
        var inbox = w.asReception(() -> dossiers.view(taken.code()));
        assertThat(inbox.channel()).isEqualTo(Channel.NATIONAL_PORTAL);

        // a dossier for a procedure the province does not have is refused, with the reason
        PortalRecords.Submission unknown = new PortalRecords.Submission("G22-X", "1.999999.000.00.00.H12", "Phạm Văn Đức",
                "096077000123", null, null, null, false, Map.of(), List.of());
        String refusedId = UUID.randomUUID().toString();
        portal.send(refusedId, "PORTAL_DOSSIER", portal.signed(PortalRecords.write(unknown, refusedId)));
        DeadLetter parked = null;
        long end = System.nanoTime() + WAIT.toNanos();
        while (parked == null && System.nanoTime() < end) {
            Thread.sleep(200);
            parked = provinceAdmin.call(() -> deadLetters.list()).stream().filter(l -> refusedId.equals(l.messageId()))
                    .findFirst().orElse(null);
        }
        assertThat(parked).isNotNull();
        assertThat(parked.reason()).contains("1.999999.000.00.00.H12");
        assertThat(em.createQuery("select count(d) from Dossier d where d.portalCode = 'G22-X'", Long.class)
                .getSingleResult()).isZero();
    }
}
