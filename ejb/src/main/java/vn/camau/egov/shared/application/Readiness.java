package vn.camau.egov.shared.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Is the platform ready to serve? It is when the database answers a query and the broker accepts a
 * connection and shows the dead-letter queue. Each check is bounded in time so a hung dependency
 * makes the check fail instead of hanging the load balancer's probe.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Readiness {

    private static final int TIMEOUT_SECONDS = 3;
    /** The relay runs every second: a minute behind means it is stopped or the broker refuses. */
    private static final java.time.Duration OUTBOX_LATE = java.time.Duration.ofMinutes(1);
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Readiness.class.getName());

    @Resource(lookup = "java:jboss/datasources/EgovDS")
    private DataSource dataSource;

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/egov/DLQ")
    private Queue deadLetters;

    @Inject
    private Settings settings;

    @jakarta.ejb.EJB
    private Outbox outbox;

    public Report check() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("database", database());
        problems.put("broker", broker());
        problems.forEach((name, problem) -> {
            if (problem != null) {
                LOG.warning(() -> "Not ready: " + name + " " + problem);
            }
        });
        return new Report(problems);
    }

    private String database() {
        try (java.sql.Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("oracle")
                             ? "SELECT 1 FROM DUAL" : "SELECT 1")) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.executeQuery().close();
            return null;
        } catch (SQLException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private String broker() {
        try (Connection connection = connectionFactory.createConnection()) {
            try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                 QueueBrowser browser = session.createBrowser(deadLetters)) {
                browser.getEnumeration();
            }
            return null;
        } catch (JMSException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /**
     * Whether the central hub takes connections: null when it does, else what is wrong. Not part of
     * readiness, on purpose: the portal serves its citizens without the hub, and documents wait for
     * it in the outbound queue; a load balancer must not take the portal down for the hub's sake.
     * For monitoring ({@code GET /api/health/hub}).
     */
    public String hub() {
        InetSocketAddress address = settings.hubAddress();
        try (Socket socket = new Socket()) {
            // resolved here, at each check: the hub's name may point elsewhere by now
            socket.connect(new InetSocketAddress(address.getHostString(), address.getPort()), TIMEOUT_SECONDS * 1000);
            return null;
        } catch (IOException | RuntimeException e) {
            String problem = address + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warning(() -> "Central hub unreachable: " + problem);
            return problem;
        }
    }

    /**
     * Whether the outbox's messages reach the broker: null while none has waited a minute, else how
     * long the oldest has. For monitoring ({@code GET /api/health/outbox}), not part of readiness:
     * the changes go on committing, their messages wait in the database, nothing is lost.
     */
    public String outbox() {
        java.time.Duration oldest = outbox.oldestWait();
        if (oldest.compareTo(OUTBOX_LATE) < 0) {
            return null;
        }
        String problem = "the oldest message has waited " + oldest.toSeconds() + " s";
        LOG.warning(() -> "Outbox not relayed: " + problem);
        return problem;
    }

    /** Each dependency with null when it is fine, or what is wrong with it. */
    public record Report(Map<String, String> problems) implements java.io.Serializable {

        public Report {
            problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        }

        public boolean ready() {
            return problems.values().stream().allMatch(java.util.Objects::isNull);
        }
    }
}
