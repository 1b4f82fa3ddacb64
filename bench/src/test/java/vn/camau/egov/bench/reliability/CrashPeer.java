package vn.camau.egov.bench.reliability;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.api.jms.ActiveMQJMSClient;
import org.apache.activemq.artemis.api.jms.JMSFactoryType;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.w3c.dom.Document;
import vn.camau.egov.bench.Args;
import vn.camau.egov.bench.EdxmlExchange;
import vn.camau.egov.exchange.domain.DeliveryGroup;
import vn.camau.egov.exchange.domain.Edxml;
import vn.camau.egov.exchange.domain.EdxmlStatus;
import vn.camau.egov.exchange.domain.SecureXml;
import vn.camau.egov.exchange.domain.XmlSignature;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The other province in the crash test (bench/reliability.sh): puts N signed documents in the
 * province's queue on the hub at a steady rate, so that sending goes on through every fault the
 * script causes (kill -9 of the server, the hub or the database stopped), then collects the
 * answers. A document counts as sent once the hub confirmed it (persistent, synchronous send); a
 * send cut off by the hub going away is sent again, and the hub drops the copy if the first one had
 * arrived (its duplicate id is the message id), as the platform's own bridge does.
 *
 * <p>Writes the run's tag (part of every DocumentId) to --tag-file for the database check, and
 * prints how many documents got one 01, more than one, none, or a 02. A 01 redelivered after a cut
 * connection is the same message again and counts once; two different 01 messages for a document
 * would be a document registered twice.
 *
 * <pre>
 * CrashPeer --hub-port P --user U --password W --keystore DIR/demo-signing.p12 --documents N
 *           --tag-file F [--rate PER_SECOND (0: as fast as the hub takes them)]
 *           [--timeout SECONDS (300): no new 01 for that long ends the wait]
 * </pre>
 */
public final class CrashPeer {

    private final Args o;
    private final ActiveMQConnectionFactory factory;
    private Connection connection;
    private Session session;
    private MessageProducer producer;
    private MessageConsumer answers;

    private CrashPeer(Args o, ActiveMQConnectionFactory factory) {
        this.o = o;
        this.factory = factory;
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Args o = new Args(args);
        int count = Integer.parseInt(o.get("documents"));
        double rate = Double.parseDouble(o.get("rate", "0"));
        long timeoutNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(o.get("timeout", "300")));
        KeyStore.PrivateKeyEntry key = EdxmlExchange.sandboxKey(Path.of(o.get("keystore")));
        String tag = "CRASH" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        Files.writeString(Path.of(o.get("tag-file")), tag, StandardCharsets.UTF_8);
        List<EdxmlExchange.Signed> documents = EdxmlExchange.sign(key, tag, count);

        TransportConfiguration hub = new TransportConfiguration(NettyConnectorFactory.class.getName(), Map.of(
                TransportConstants.HOST_PROP_NAME, "127.0.0.1", TransportConstants.PORT_PROP_NAME, o.get("hub-port")));
        Map<String, Set<String>> answers01 = new HashMap<>();
        int rejected = 0;
        int resent = 0;
        try (ActiveMQConnectionFactory factory = ActiveMQJMSClient.createConnectionFactoryWithoutHA(JMSFactoryType.CF, hub)) {
            CrashPeer peer = new CrashPeer(o, factory);
            // signing took a while: the script may have stopped the hub meanwhile
            peer.reconnect();
            System.out.println("crash peer: connected; sending");
            long t0 = System.nanoTime();
            int sent = 0;
            for (EdxmlExchange.Signed d : documents) {
                if (rate > 0) {
                    long wait = t0 + (long) (sent / rate * 1e9) - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                while (!peer.send(d)) {
                    resent++;
                    peer.reconnect();
                }
                sent++;
                if (sent % 1000 == 0) {
                    System.out.printf("crash peer: %d sent%n", sent);
                }
            }
            System.out.printf("crash peer: %d documents sent and confirmed by the hub in %.1f s (%d sends cut off and"
                    + " repeated; tag %s)%n", count, (System.nanoTime() - t0) / 1e9, resent, tag);
            long lastProgress = System.nanoTime();
            // the last answers: then five quiet seconds for a 01 given twice, which would come soon after the first
            while ((answers01.size() < count && System.nanoTime() - lastProgress < timeoutNanos)
                    || System.nanoTime() - lastProgress < TimeUnit.SECONDS.toNanos(5)) {
                Message m;
                try {
                    m = peer.answers.receive(1000);
                } catch (JMSException e) {
                    peer.reconnect();
                    continue;
                }
                Answer a = m == null ? null : answer(m);
                if (a == null || !a.status().responseDocumentId().contains(tag)) {
                    continue;
                }
                if ("01".equals(a.status().statusCode())) {
                    if (answers01.computeIfAbsent(a.status().responseDocumentId(), k -> new HashSet<>()).add(a.messageId())) {
                        lastProgress = System.nanoTime();
                    }
                } else if ("02".equals(a.status().statusCode())) {
                    rejected++;
                    System.out.println("crash peer: 02 for " + a.status().responseDocumentId() + ": " + a.status().description());
                }
            }
            peer.connection.close();
        }
        long twice = answers01.values().stream().filter(ids -> ids.size() > 1).count();
        long never = count - answers01.size();
        System.out.printf("crash peer: %d documents, 01 once for %d, more than once for %d, never for %d; 02 for %d%n",
                count, answers01.size() - twice, twice, never, rejected);
        System.exit(twice == 0 && never == 0 && rejected == 0 ? 0 : 1);
    }

    private void connect() throws JMSException {
        connection = factory.createConnection(o.get("user"), o.get("password"));
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        answers = session.createConsumer(session.createQueue(EdxmlExchange.HUB_ENTRY),
                "egov_to = '" + EdxmlExchange.PROVINCE + "'");
        producer = session.createProducer(session.createQueue(EdxmlExchange.PROVINCE_INBOX));
        connection.start();
    }

    /** A new connection once the hub takes one again, trying every second. */
    private void reconnect() throws InterruptedException {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (JMSException | RuntimeException gone) {
            // the hub went away with it
        }
        while (true) {
            try {
                connect();
                return;
            } catch (JMSException notYet) {
                TimeUnit.SECONDS.sleep(1);
            }
        }
    }

    /** Whether the hub confirmed the document; false when the connection was cut first. */
    private boolean send(EdxmlExchange.Signed d) {
        try {
            BytesMessage m = session.createBytesMessage();
            m.writeBytes(d.payload());
            m.setStringProperty("egov_kind", "DOCUMENT");
            m.setStringProperty("egov_message_id", d.messageId());
            m.setStringProperty("egov_from", EdxmlExchange.PROVINCE);
            m.setStringProperty(DeliveryGroup.PROPERTY, DeliveryGroup.of(EdxmlExchange.PROVINCE, d.documentId()));
            // a repeated send of a message that did arrive is dropped by the hub
            m.setStringProperty("_AMQ_DUPL_ID", d.messageId());
            // returns once the hub has the message in its journal
            producer.send(m);
            return true;
        } catch (JMSException | RuntimeException cut) {
            return false;
        }
    }

    private record Answer(String messageId, EdxmlStatus status) {
    }

    private static Answer answer(Message m) {
        try {
            if (!(m instanceof BytesMessage bytes) || !"STATUS".equals(m.getStringProperty("egov_kind"))) {
                return null;
            }
            byte[] payload = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(payload);
            Document xml = SecureXml.parse(payload);
            XmlSignature.strip(xml);
            return new Answer(m.getStringProperty("egov_message_id"), Edxml.readStatus(xml));
        } catch (Exception e) {
            System.out.println("crash peer: unreadable answer: " + e);
            return null;
        }
    }
}
