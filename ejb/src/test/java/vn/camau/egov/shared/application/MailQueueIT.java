package vn.camau.egov.shared.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.TestMailServer;

import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail queue: a mail queued in a committed transaction reaches the consumer (an MDB) and goes
 * out over SMTP; one queued in a rolled-back transaction never does; a message that keeps failing
 * is redelivered, then parked on the dead-letter queue.
 */
@ExtendWith(ArquillianExtension.class)
class MailQueueIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private Mailer mailer;

    @EJB
    private TestMailServer smtp;

    @Resource
    private UserTransaction tx;

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/egov/mail")
    private Queue mailQueue;

    @Resource(lookup = "java:/jms/queue/egov/DLQ")
    private Queue deadLetters;

    @Test
    void aMailQueuedInACommittedTransactionIsSent() throws Exception {
        String subject = "Thông báo " + UUID.randomUUID();
        tx.begin();
        mailer.send(new MailMessage("dan@example.vn", subject, "Hồ sơ của Ông/Bà đã được tiếp nhận."));
        tx.commit();

        var mail = smtp.awaitSubject(subject, Duration.ofSeconds(20));
        assertThat(mail).isPresent();
        assertThat(mail.get().getContent().toString()).contains("Hồ sơ của Ông/Bà đã được tiếp nhận.");
    }

    @Test
    void aMailQueuedInARolledBackTransactionIsNeverSent() throws Exception {
        String rolledBack = "Rolled back " + UUID.randomUUID();
        tx.begin();
        mailer.send(new MailMessage("dan@example.vn", rolledBack, "must not arrive"));
        tx.rollback();

        // a mail queued afterwards arrives; the rolled-back one, queued first, would have arrived before it
        String marker = "Marker " + UUID.randomUUID();
        tx.begin();
        mailer.send(new MailMessage("dan@example.vn", marker, "arrives"));
        tx.commit();
        assertThat(smtp.awaitSubject(marker, Duration.ofSeconds(20))).isPresent();
        assertThat(smtp.withSubject(rolledBack)).isEmpty();
    }

    @Test
    void aMessageThatKeepsFailingLandsOnTheDeadLetterQueue() throws Exception {
        String id = UUID.randomUUID().toString();
        try (JMSContext jms = connectionFactory.createContext()) {
            MapMessage poison = jms.createMapMessage();
            poison.setString("subject", "no recipient");
            poison.setStringProperty("testId", id);
            jms.createProducer().send(mailQueue, poison);
        }

        Optional<Message> parked = awaitDeadLetter(id, Duration.ofSeconds(30));
        assertThat(parked).as("the poison message on egov.DLQ").isPresent();
        // the broker notes where a dead letter came from, which the administrator's page will show
        assertThat(parked.get().getStringProperty("_AMQ_ORIG_ADDRESS")).isEqualTo("jms.queue.egov.mail");
    }

    private Optional<Message> awaitDeadLetter(String id, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try (JMSContext jms = connectionFactory.createContext();
                 QueueBrowser browser = jms.createBrowser(deadLetters, "testId = '" + id + "'")) {
                var found = Collections.list(browser.getEnumeration());
                if (!found.isEmpty()) {
                    return Optional.of((Message) found.get(0));
                }
            }
            Thread.sleep(200);
        }
        return Optional.empty();
    }
}
