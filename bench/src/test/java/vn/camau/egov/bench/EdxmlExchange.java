package vn.camau.egov.bench;

import jakarta.jms.BytesMessage;
import jakarta.jms.CompletionListener;
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

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The edXML scenario end to end: this process is the other province (the demo's sandbox agency
 * 000.00.00.H03, with its key from the server's demo keystore) on the far side of the central hub
 * (bench/hub.sh). It puts N signed documents for the Department of Justice in the province's queue
 * on the hub; the server's bridge takes them in, HubInbox checks, validates and registers each and
 * answers 01, which the outbound bridge carries back to the hub's entry queue, where this process
 * takes the answers addressed to it. Measured: documents per second from the first send to the last
 * 01, and each document's latency (its send to its 01); counted: documents without a 01 (lost) and
 * with two (duplicated).
 *
 * <p>Documents are built and signed before the clock starts: signing (RSA, canonicalization) is the
 * sender's work and would otherwise compete with the server for this machine's cores. At most
 * --in-flight documents are unanswered at a time, as a sender with a window would have. The server
 * must run with -Degov.demo.sandbox-answers=false, or its sandbox takes the answers from the hub.
 *
 * <pre>
 * EdxmlExchange --hub-port P --user U --password W --keystore DIR/demo-signing.p12 --documents N
 *               [--in-flight K (200)] [--warmup M (200)] [--timeout SECONDS (120)] [--hub-host H (127.0.0.1)]
 * </pre>
 */
public final class EdxmlExchange {

    public static final String PROVINCE = "000.00.00.H03";
    private static final String PROVINCE_NAME = "UBND tỉnh Bạc Liêu (hộp thử nghiệm)";
    private static final String RECIPIENT = "000.00.03.H12";
    public static final String HUB_ENTRY = "egov.axis.inbound";
    public static final String PROVINCE_INBOX = "egov.province.H12";

    private EdxmlExchange() {
    }

    public static void main(String[] args) throws Exception {
        // the load side's logback has no configuration and would log every frame at DEBUG
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Args o = new Args(args);
        int documents = Integer.parseInt(o.get("documents"));
        int inFlight = Integer.parseInt(o.get("in-flight", "200"));
        int warmup = Integer.parseInt(o.get("warmup", "200"));
        long timeoutNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(o.get("timeout", "120")));
        KeyStore.PrivateKeyEntry key = sandboxKey(Path.of(o.get("keystore")));

        // a run tag keeps DocumentIds new on every run: the same one again is a duplicate, never answered 01
        String tag = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        long t0 = System.nanoTime();
        List<Signed> warm = sign(key, tag + "W", warmup);
        List<Signed> measured = sign(key, tag, documents);
        System.out.printf("signed %d documents in %.1f s (before the clock); message size %d bytes%n",
                warmup + documents, (System.nanoTime() - t0) / 1e9, measured.isEmpty() ? 0 : measured.get(0).payload().length);

        // a transport configuration, not a URL: parsing one needs commons-logging, not on the load side's classpath
        TransportConfiguration hub = new TransportConfiguration(NettyConnectorFactory.class.getName(), Map.of(
                TransportConstants.HOST_PROP_NAME, o.get("hub-host", "127.0.0.1"),
                TransportConstants.PORT_PROP_NAME, o.get("hub-port")));
        boolean ok;
        try (ActiveMQConnectionFactory factory = ActiveMQJMSClient.createConnectionFactoryWithoutHA(JMSFactoryType.CF, hub)) {
            // sends are confirmed asynchronously (CompletionListener), not each waited for
            factory.setConfirmationWindowSize(1024 * 1024);
            ok = run(factory, o, warm, measured, inFlight, timeoutNanos);
        }
        // lost or duplicated documents fail the run
        System.exit(ok ? 0 : 1);
    }

    private static boolean run(ActiveMQConnectionFactory factory, Args o, List<Signed> warm,
                            List<Signed> measured, int inFlight, long timeoutNanos) throws JMSException, InterruptedException {
        try (Connection connection = factory.createConnection(o.get("user"), o.get("password"))) {
            Session receiving = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            // everything the province sent the hub before, answers of an earlier run and the records
            // for the national portal (which the harness does not play), is dropped first: left there,
            // they filled the hub's memory, the hub paged the queue, and a consumer with a selector no
            // longer saw the new answers behind them (eleventh session: every document "lost")
            connection.start();
            int stale = 0;
            try (MessageConsumer all = receiving.createConsumer(receiving.createQueue(HUB_ENTRY))) {
                while (all.receive(2000) != null) {
                    stale++;
                }
            }
            if (stale > 0) {
                System.out.println("dropped " + stale + " messages left on the hub by the province before this run");
            }
            MessageConsumer answers = receiving.createConsumer(receiving.createQueue(HUB_ENTRY),
                    "egov_to = '" + PROVINCE + "'");
            Session sending = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = sending.createProducer(sending.createQueue(PROVINCE_INBOX));
            if (!warm.isEmpty()) {
                Run w = new Run(warm, inFlight).execute(sending, producer, answers, timeoutNanos);
                System.out.printf("warm-up: %d documents, %.0f/s, %d lost%n", warm.size(), w.perSecond(), w.lost());
            }
            Optional<ServerCpu> cpu = ServerCpu.now();
            Run run = new Run(measured, inFlight).execute(sending, producer, answers, timeoutNanos);
            report(run, measured.size(), inFlight);
            cpu.ifPresent(c -> c.report("edxml", measured.size()));
            return run.lost() == 0 && run.duplicates.get() == 0 && run.sendFailures.get() == 0;
        }
    }

    private static void report(Run run, int documents, int inFlight) {
        long[] latencies = run.latenciesMillis();
        double p50 = percentile(latencies, 0.50);
        double p99 = percentile(latencies, 0.99);
        System.out.printf("edxml: %d documents, in flight %d: %.1f documents/s end to end, latency p50 %.0f ms,"
                        + " p99 %.0f ms; lost %d, duplicated %d, rejected (02) %d, send failures %d, other answers %d%n",
                documents, inFlight, run.perSecond(), p50, p99, run.lost(), run.duplicates.get(), run.rejected.get(),
                run.sendFailures.get(), run.strays.get());
        Figures.append("edxml", "per_s", Math.round(run.perSecond() * 10) / 10.0);
        Figures.append("edxml", "p50_ms", p50);
        Figures.append("edxml", "p99_ms", p99);
        Figures.append("edxml", "lost", run.lost());
    }

    /** One signed document message, ready to send. */
    public record Signed(String documentId, String messageId, byte[] payload) {
    }

    /** One pass: sends every document, at most inFlight unanswered, and waits for their 01. */
    static final class Run {
        private final List<Signed> documents;
        private final Semaphore window;
        private final Map<String, Integer> index = new HashMap<>();
        private final long[] sentAt;
        private final long[] answeredAt;
        private final AtomicInteger answered = new AtomicInteger();
        private final AtomicInteger duplicates = new AtomicInteger();
        private final AtomicInteger rejected = new AtomicInteger();
        private final AtomicInteger strays = new AtomicInteger();
        private final AtomicInteger sendFailures = new AtomicInteger();
        private volatile long lastAnswer;
        private long firstSend;

        Run(List<Signed> documents, int inFlight) {
            this.documents = documents;
            this.window = new Semaphore(inFlight);
            this.sentAt = new long[documents.size()];
            this.answeredAt = new long[documents.size()];
            for (int i = 0; i < documents.size(); i++) {
                index.put(documents.get(i).documentId(), i);
            }
        }

        Run execute(Session session, MessageProducer producer, MessageConsumer answers, long timeoutNanos)
                throws JMSException, InterruptedException {
            answers.setMessageListener(this::answer);
            firstSend = System.nanoTime();
            lastAnswer = firstSend;
            CompletionListener confirmed = new CompletionListener() {
                @Override
                public void onCompletion(Message message) {
                }

                @Override
                public void onException(Message message, Exception e) {
                    sendFailures.incrementAndGet();
                }
            };
            for (int i = 0; i < documents.size(); i++) {
                // no progress for the timeout: the rest is not sent, and counts as lost
                if (!window.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS)) {
                    break;
                }
                Signed d = documents.get(i);
                BytesMessage m = session.createBytesMessage();
                m.writeBytes(d.payload());
                // what AxisPeer and the sandbox set: the platform reads kind, id and sender from them
                m.setStringProperty("egov_kind", "DOCUMENT");
                m.setStringProperty("egov_message_id", d.messageId());
                m.setStringProperty("egov_from", PROVINCE);
                // as the platform sends: each document in its own group of this sender (DeliveryGroup)
                m.setStringProperty(DeliveryGroup.PROPERTY, DeliveryGroup.of(PROVINCE, d.documentId()));
                sentAt[i] = System.nanoTime();
                producer.send(m, confirmed);
            }
            while (answered.get() < documents.size() && System.nanoTime() - lastAnswer < timeoutNanos) {
                Thread.sleep(50);
            }
            // a 01 given twice comes soon after the first: wait a little for it
            Thread.sleep(2000);
            answers.setMessageListener(null);
            return this;
        }

        private void answer(Message m) {
            try {
                if (!"STATUS".equals(m.getStringProperty("egov_kind")) || !(m instanceof BytesMessage bytes)) {
                    strays.incrementAndGet();
                    return;
                }
                byte[] payload = new byte[(int) bytes.getBodyLength()];
                bytes.readBytes(payload);
                Document xml = SecureXml.parse(payload);
                XmlSignature.strip(xml);
                EdxmlStatus status = Edxml.readStatus(xml);
                Integer i = index.get(status.responseDocumentId());
                if (i == null) {
                    strays.incrementAndGet();
                } else if ("01".equals(status.statusCode())) {
                    if (answeredAt[i] != 0) {
                        duplicates.incrementAndGet();
                        return;
                    }
                    answeredAt[i] = System.nanoTime();
                    lastAnswer = answeredAt[i];
                    answered.incrementAndGet();
                    window.release();
                } else if ("02".equals(status.statusCode())) {
                    if (rejected.getAndIncrement() == 0) {
                        System.out.println("rejected: " + status.description());
                    }
                    window.release();
                }
            } catch (JMSException | RuntimeException e) {
                System.out.println("unreadable answer: " + e);
                strays.incrementAndGet();
            }
        }

        int lost() {
            return documents.size() - answered.get();
        }

        /** Documents answered 01 per second, from the first send to the last 01. */
        double perSecond() {
            long last = Arrays.stream(answeredAt).max().orElse(firstSend);
            return last == firstSend ? 0 : answered.get() / ((last - firstSend) / 1e9);
        }

        long[] latenciesMillis() {
            List<Long> all = new ArrayList<>();
            for (int i = 0; i < sentAt.length; i++) {
                if (answeredAt[i] != 0) {
                    all.add(TimeUnit.NANOSECONDS.toMillis(answeredAt[i] - sentAt[i]));
                }
            }
            return all.stream().mapToLong(Long::longValue).sorted().toArray();
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Valid documents of the other province for the Department of Justice, each with a small PDF, signed. */
    public static List<Signed> sign(KeyStore.PrivateKeyEntry key, String tag, int count) {
        X509Certificate certificate = (X509Certificate) key.getCertificate();
        LocalDate today = LocalDate.now(Edxml.ZONE);
        // on every core: only the time before the clock starts depends on it
        return IntStream.rangeClosed(1, count).parallel().mapToObj(i -> {
            String number = tag + "-" + i;
            String notation = "UBND-VP";
            byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Cong van so " + number
                    + " gui So Tu phap (do kiem hieu nang)\n" + "%".repeat(800) + "\n%%EOF").getBytes(StandardCharsets.US_ASCII);
            EdxmlDocument d = new EdxmlDocument(UUID.randomUUID().toString(), Organization.of(PROVINCE, PROVINCE_NAME),
                    List.of(Organization.of(RECIPIENT, "Sở Tư pháp tỉnh Cà Mau")), number, notation, "Bạc Liêu", today, 1,
                    "Công văn", "Về việc phối hợp triển khai liên thông văn bản điện tử, văn bản số " + number,
                    "Đo hiệu năng liên thông văn bản: tiếp nhận, vào sổ và trả trạng thái.", null, "Phó Chủ tịch",
                    "Nguyễn Văn Mẫu", null, List.of("Sở Tư pháp tỉnh Cà Mau"), 0,
                    Edxml.documentId(PROVINCE, today, number + "/" + notation), List.of(new TraceHeader(PROVINCE, Instant.now())),
                    0, null, new StaffInfo("Văn phòng", "Văn thư hộp thử nghiệm", null, null), false,
                    List.of(new EdxmlAttachment("att1", "cong-van-" + i + ".pdf", "Công văn", "application/pdf", pdf)));
            Document xml = Edxml.write(d);
            XmlSignature.sign(xml, key.getPrivateKey(), certificate);
            return new Signed(d.documentId(), d.messageId(), SecureXml.serialize(xml));
        }).toList();
    }

    /** The sandbox province's key from the server's demo keystore (SigningKeys.sandboxKey's alias). */
    public static KeyStore.PrivateKeyEntry sandboxKey(Path keystore) throws IOException, GeneralSecurityException {
        char[] password = Files.readString(keystore.resolveSibling("demo-signing.password"), StandardCharsets.UTF_8)
                .strip().toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keystore.toFile())) {
            store.load(in, password);
        }
        String alias = "sandbox-" + PROVINCE;
        if (!store.isKeyEntry(alias)) {
            throw new IllegalStateException("no key " + alias + " in " + keystore
                    + ": start the server in demo mode once (SandboxAxis registers it)");
        }
        return (KeyStore.PrivateKeyEntry) store.getEntry(alias, new KeyStore.PasswordProtection(password));
    }
}
