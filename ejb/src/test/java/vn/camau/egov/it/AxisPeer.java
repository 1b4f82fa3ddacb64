package vn.camau.egov.it;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.w3c.dom.Document;
import vn.camau.egov.dossier.infrastructure.SigningKeys;
import vn.camau.egov.exchange.domain.DeliveryGroup;
import vn.camau.egov.exchange.domain.Edxml;
import vn.camau.egov.exchange.domain.EdxmlAttachment;
import vn.camau.egov.exchange.domain.EdxmlDocument;
import vn.camau.egov.exchange.domain.EdxmlStatus;
import vn.camau.egov.exchange.domain.Organization;
import vn.camau.egov.exchange.domain.SecureXml;
import vn.camau.egov.exchange.domain.StaffInfo;
import vn.camau.egov.exchange.domain.TraceHeader;
import vn.camau.egov.exchange.domain.XmlSignature;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The other side of the hub, for the tests: an agency (the national axis, another province, the
 * national portal) with its own key, that takes what the province sent from the hub's entry queue
 * and puts documents and statuses in the province's inbox, over a real connection to the hub.
 * Messages taken from the hub are kept, so a test can wait for the one it is interested in.
 */
public final class AxisPeer implements AutoCloseable {

    /** A message the province sent, as the hub delivered it. */
    public record Received(String kind, String messageId, String from, String to, String toAddress, byte[] payload) {

        public Document xml() {
            return SecureXml.parse(payload);
        }

        public EdxmlDocument document() {
            Document xml = xml();
            XmlSignature.strip(xml);
            return Edxml.readDocument(xml);
        }

        public EdxmlStatus status() {
            Document xml = xml();
            XmlSignature.strip(xml);
            return Edxml.readStatus(xml);
        }
    }

    private final String agencyId;
    private final String name;
    private final KeyPair keys;
    private final X509Certificate certificate;
    private final Connection connection;
    private final Session session;
    private final MessageConsumer fromProvince;
    private final MessageProducer toProvince;
    private final List<Received> received = new ArrayList<>();

    public AxisPeer(String agencyId, String name) throws Exception {
        this(agencyId, name, newKeys());
    }

    private AxisPeer(String agencyId, String name, KeyPair keys) throws Exception {
        this.agencyId = agencyId;
        this.name = name;
        this.keys = keys;
        this.certificate = SigningKeys.selfSigned(keys, name, "Trục liên thông văn bản quốc gia");
        this.connection = CentralHub.connect();
        this.session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        this.fromProvince = session.createConsumer(session.createQueue(CentralHub.AXIS), "egov_to = '" + agencyId + "'");
        this.toProvince = session.createProducer(session.createQueue(CentralHub.PROVINCE_INBOX));
        connection.start();
    }

    /** The same agency, with the same key, on a new connection (after the hub came back). */
    public static AxisPeer reconnect(AxisPeer old) throws Exception {
        return new AxisPeer(old.agencyId, old.name, old.keys);
    }

    private static KeyPair newKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    public String agencyId() {
        return agencyId;
    }

    public String name() {
        return name;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The first message from the province that matches, waiting for it up to the timeout. */
    public Received await(Predicate<Received> wanted, Duration timeout) throws JMSException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Iterator<Received> it = received.iterator(); it.hasNext(); ) {
                Received r = it.next();
                if (wanted.test(r)) {
                    it.remove();
                    return r;
                }
            }
            long left = Duration.ofNanos(end - System.nanoTime()).toMillis();
            if (left <= 0) {
                throw new AssertionError("no such message from the province within " + timeout + "; had " + received.size()
                        + " others");
            }
            Message m = fromProvince.receive(Math.min(left, 500));
            if (m != null) {
                received.add(read(m));
            }
        }
    }

    /** Every message from the province that arrives within the period (to check nothing came twice). */
    public List<Received> drain(Duration period) throws JMSException {
        long end = System.nanoTime() + period.toNanos();
        long left;
        while ((left = Duration.ofNanos(end - System.nanoTime()).toMillis()) > 0) {
            Message m = fromProvince.receive(Math.min(left, 500));
            if (m != null) {
                received.add(read(m));
            }
        }
        List<Received> all = List.copyOf(received);
        received.clear();
        return all;
    }

    public static Predicate<Received> statusFor(String documentId, String code) {
        return r -> "STATUS".equals(r.kind()) && documentId.equals(r.status().responseDocumentId())
                && code.equals(r.status().statusCode());
    }

    public static Predicate<Received> documentWithId(String documentId) {
        return r -> "DOCUMENT".equals(r.kind()) && documentId.equals(r.document().documentId());
    }

    /** A valid document of this agency to a unit of the province. */
    public EdxmlDocument document(String toAgencyId, String number, String subject, byte[] pdf) {
        LocalDate today = LocalDate.now(Edxml.ZONE);
        String notation = "UBND-VP";
        return new EdxmlDocument(UUID.randomUUID().toString(), Organization.of(agencyId, name),
                List.of(Organization.of(toAgencyId, "Đơn vị nhận")), number, notation, "Bạc Liêu", today, 1, "Công văn",
                subject, "Nội dung tóm tắt", null, "Phó Chủ tịch", "Trần Văn Ký", null, List.of("Đơn vị nhận"), 0,
                Edxml.documentId(agencyId, today, number + "/" + notation), List.of(new TraceHeader(agencyId, Instant.now())),
                0, null, new StaffInfo("Văn phòng", "Văn thư", null, null), false,
                pdf == null ? List.of() : List.of(new EdxmlAttachment("att1", "cong-van.pdf", "Công văn", "application/pdf", pdf)));
    }

    /** The same document again as a new message of another business type (1 revoke, 2 update, 3 replace). */
    public static EdxmlDocument again(EdxmlDocument d, int businessDocType, String subject, String reason,
                                      List<EdxmlAttachment> attachments) {
        return new EdxmlDocument(UUID.randomUUID().toString(), d.from(), d.to(), d.codeNumber(), d.codeNotation(), d.place(),
                d.promulgationDate(), d.documentType(), d.typeName(), subject, d.content(), d.signerCompetence(),
                d.signerPosition(), d.signerFullName(), d.dueDate(), d.toPlaces(), d.priority(), d.documentId(), d.trace(),
                businessDocType, reason, d.staff(), d.paper(), attachments);
    }

    /** A status about a document the province sent this agency. */
    public EdxmlStatus status(EdxmlDocument about, String code, String description) {
        return new EdxmlStatus(UUID.randomUUID().toString(), about.from().organId(), about.code(), about.promulgationDate(),
                about.documentId(), Organization.of(agencyId, name), code, description, Instant.now(),
                new StaffInfo("Văn phòng", "Văn thư", null, null));
    }

    public byte[] signed(Document xml) {
        XmlSignature.sign(xml, keys.getPrivate(), certificate);
        return SecureXml.serialize(xml);
    }

    public String send(EdxmlDocument d) throws JMSException {
        return send(d.messageId(), "DOCUMENT", signed(Edxml.write(d)), d.documentId());
    }

    public String send(EdxmlStatus s) throws JMSException {
        return send(s.messageId(), "STATUS", signed(Edxml.write(s)), s.responseDocumentId());
    }

    /** Puts bytes in the province's inbox as the hub would deliver them, from an agency that sends no group. */
    public String send(String messageId, String kind, byte[] payload) throws JMSException {
        return send(messageId, kind, payload, null);
    }

    /**
     * Puts bytes in the province's inbox as the hub would deliver them.
     *
     * @param subject the document the message is about, which puts it in its {@link DeliveryGroup}
     *                as the platform does; null: no group
     */
    public String send(String messageId, String kind, byte[] payload, String subject) throws JMSException {
        BytesMessage m = session.createBytesMessage();
        if (subject != null) {
            m.setStringProperty(DeliveryGroup.PROPERTY, DeliveryGroup.of(agencyId, subject));
        }
        m.writeBytes(payload);
        m.setStringProperty("egov_kind", kind);
        m.setStringProperty("egov_message_id", messageId);
        m.setStringProperty("egov_from", agencyId);
        toProvince.send(m);
        return messageId;
    }

    private static Received read(Message m) throws JMSException {
        byte[] payload = new byte[0];
        if (m instanceof BytesMessage b) {
            payload = new byte[(int) b.getBodyLength()];
            b.readBytes(payload);
        }
        return new Received(m.getStringProperty("egov_kind"), m.getStringProperty("egov_message_id"),
                m.getStringProperty("egov_from"), m.getStringProperty("egov_to"), m.getStringProperty("egov_to_address"), payload);
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
