package vn.camau.egov.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.w3c.dom.Document;
import vn.camau.egov.dossier.infrastructure.SigningKeys;
import vn.camau.egov.exchange.application.PeerDirectory;
import vn.camau.egov.exchange.application.PeerForm;
import vn.camau.egov.exchange.domain.DeliveryGroup;
import vn.camau.egov.exchange.domain.Edxml;
import vn.camau.egov.exchange.domain.EdxmlAttachment;
import vn.camau.egov.exchange.domain.EdxmlDocument;
import vn.camau.egov.exchange.domain.EdxmlStatus;
import vn.camau.egov.exchange.domain.Organization;
import vn.camau.egov.exchange.domain.PortalRecords;
import vn.camau.egov.exchange.domain.SecureXml;
import vn.camau.egov.exchange.domain.StaffInfo;
import vn.camau.egov.exchange.domain.TraceHeader;
import vn.camau.egov.exchange.domain.XmlSignature;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.shared.application.Settings;

import java.security.KeyStore;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo's other side of the hub (sandbox-hub.cli makes the embedded broker the hub): two
 * agencies, another province and the Office of the Government (the national axis and the National
 * Public Service Portal, egov.portal.agency-id's default), in the peer directory with their own
 * keys. Every two seconds it takes what the province sent from the hub's entry queue and answers a
 * document with its statuses, 01 to 06, and a portal record with a receipt, signed, through the
 * hub, as a real receiver would over days. At the first start it sends a sample document to the
 * Department of Justice. Demo mode only; with egov.demo.sandbox-answers=false it only registers its
 * two agencies, and an outside peer (the performance harness's) plays the other side of the hub.
 */
@Startup
@Singleton
@DependsOn("DemoData")
@PermitAll
@RunAs(Roles.PROVINCE_ADMIN)
@RunAsPrincipal("demo-sandbox")
public class SandboxAxis {

    public static final String PROVINCE = "000.00.00.H03";
    public static final String PROVINCE_NAME = "UBND tỉnh Bạc Liêu (hộp thử nghiệm)";
    public static final String AXIS = "000.00.00.G22";
    public static final String AXIS_NAME = "Văn phòng Chính phủ (hộp thử nghiệm)";
    private static final String ENTRY = "egov.axis.inbound";
    private static final String PROVINCE_INBOX = "egov.province.H12";
    private static final String SAMPLE_RECIPIENT = "000.00.03.H12";
    private static final Logger LOG = Logger.getLogger(SandboxAxis.class.getName());

    @Inject
    private Settings settings;

    @Inject
    private SigningKeys keys;

    @Inject
    private PeerDirectory peers;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:/jms/egov/HubXAConnectionFactory")
    private ConnectionFactory hub;

    @PostConstruct
    void start() {
        if (!settings.demo()) {
            return;
        }
        register(PROVINCE, PROVINCE_NAME);
        register(AXIS, AXIS_NAME);
        boolean sampleSent = !em.createQuery("select d.id from IncomingDocument d where d.senderAgencyId = :s", Long.class)
                .setParameter("s", PROVINCE).setMaxResults(1).getResultList().isEmpty();
        // with egov.demo.sandbox-answers off an outside peer plays the other side: no sample from the sandbox
        if (!sampleSent && settings.demoSandboxAnswers()) {
            send(sample());
        }
    }

    private void register(String agencyId, String name) {
        try {
            X509Certificate certificate = (X509Certificate) keys.sandboxKey(agencyId, name).getCertificate();
            peers.save(new PeerForm(agencyId, name, "egov.province." + agencyId, certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers what the province sent since the last look; what the hub does not have yet waits. */
    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    public void answer() {
        if (!settings.demo() || !settings.demoSandboxAnswers()) {
            return;
        }
        try (JMSContext context = hub.createContext(JMSContext.CLIENT_ACKNOWLEDGE);
             JMSConsumer consumer = context.createConsumer(context.createQueue(ENTRY))) {
            Message m;
            int n = 0;
            while (n++ < 20 && (m = consumer.receiveNoWait()) != null) {
                answer(context, m);
                m.acknowledge();
            }
        } catch (JMSRuntimeException | JMSException e) {
            // the hub is the server itself: only while it starts or stops
            LOG.log(Level.FINE, "sandbox hub not reachable", e);
        }
    }

    private void answer(JMSContext context, Message m) throws JMSException {
        String kind = m.getStringProperty("egov_kind");
        if ("PORTAL_DOSSIER".equals(kind) || "PORTAL_CATALOG".equals(kind)) {
            // the national portal takes every record the province publishes
            String id = UUID.randomUUID().toString();
            String answered = m.getStringProperty("egov_message_id");
            send(context, id, "PORTAL_RECEIPT", AXIS, answered, sign(PortalRecords.write(
                    new PortalRecords.Receipt(id, answered, true, null, null)), AXIS, AXIS_NAME));
            return;
        }
        if (!"DOCUMENT".equals(kind) || !(m instanceof BytesMessage bytes)) {
            return;
        }
        byte[] payload = new byte[(int) bytes.getBodyLength()];
        bytes.readBytes(payload);
        Document xml = SecureXml.parse(payload);
        XmlSignature.strip(xml);
        EdxmlDocument d = Edxml.readDocument(xml);
        String to = m.getStringProperty("egov_to");
        String name = AXIS.equals(to) ? AXIS_NAME : PROVINCE_NAME;
        for (String code : List.of("01", "03", "04", "05", "06")) {
            EdxmlStatus status = new EdxmlStatus(UUID.randomUUID().toString(), d.from().organId(), d.code(),
                    d.promulgationDate(), d.documentId(), Organization.of(to, name), code,
                    "06".equals(code) ? "Đã xử lý xong (hộp thử nghiệm)" : null, Instant.now(),
                    new StaffInfo("Văn phòng", "Văn thư hộp thử nghiệm", null, null));
            send(context, status.messageId(), "STATUS", to, d.documentId(), sign(Edxml.write(status), to, name));
        }
    }

    private EdxmlDocument sample() {
        LocalDate today = LocalDate.now(Edxml.ZONE);
        String code = "125/UBND-VP";
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Cong van mau tu hop thu nghiem\n%%EOF")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return new EdxmlDocument(UUID.randomUUID().toString(), Organization.of(PROVINCE, PROVINCE_NAME),
                List.of(Organization.of(SAMPLE_RECIPIENT, "Sở Tư pháp tỉnh Cà Mau")), "125", "UBND-VP", "Bạc Liêu", today,
                1, "Công văn", "Về việc phối hợp triển khai liên thông văn bản điện tử (văn bản mẫu)",
                "Văn bản mẫu từ hộp thử nghiệm để làm quen với việc tiếp nhận văn bản đến qua trục liên thông.", null,
                "Phó Chủ tịch", "Nguyễn Văn Mẫu", null, List.of("Sở Tư pháp tỉnh Cà Mau"), 0,
                Edxml.documentId(PROVINCE, today, code), List.of(new TraceHeader(PROVINCE, Instant.now())), 0, null,
                new StaffInfo("Văn phòng", "Văn thư hộp thử nghiệm", null, null), false,
                List.of(new EdxmlAttachment("att1", "cong-van-mau.pdf", "Công văn mẫu", "application/pdf", pdf)));
    }

    private void send(EdxmlDocument d) {
        try (JMSContext context = hub.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            send(context, d.messageId(), "DOCUMENT", PROVINCE, d.documentId(), sign(Edxml.write(d), PROVINCE, PROVINCE_NAME));
        } catch (JMSRuntimeException | JMSException e) {
            LOG.log(Level.WARNING, "the sandbox could not send its sample document", e);
        }
    }

    private byte[] sign(Document xml, String agencyId, String name) {
        KeyStore.PrivateKeyEntry key = keys.sandboxKey(agencyId, name);
        XmlSignature.sign(xml, key.getPrivateKey(), (X509Certificate) key.getCertificate());
        return SecureXml.serialize(xml);
    }

    /** Puts a message in the province's inbox as a peer running this platform sends it: in its {@link DeliveryGroup}. */
    private static void send(JMSContext context, String messageId, String kind, String from, String subject,
                             byte[] payload) throws JMSException {
        Queue inbox = context.createQueue(PROVINCE_INBOX);
        BytesMessage out = context.createBytesMessage();
        out.writeBytes(payload);
        out.setStringProperty("egov_kind", kind);
        out.setStringProperty("egov_message_id", messageId);
        out.setStringProperty("egov_from", from);
        out.setStringProperty(DeliveryGroup.PROPERTY, DeliveryGroup.of(from, subject));
        context.createProducer().send(inbox, out);
    }
}
