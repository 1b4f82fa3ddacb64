package vn.camau.egov.shared.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.TestMailServer;
import vn.camau.egov.shared.domain.OutboxHead;
import vn.camau.egov.shared.domain.OutboxMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox, on the mail it carries: a message leaves only when its transaction has committed,
 * leaves the table once it is on the broker, and waits, not lost, while the relay cannot run, which
 * the outbox's health check reports once a message has waited a minute.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    private Outbox outbox;

    @Inject
    private Mailer mailer;

    @EJB
    private Readiness readiness;

    @EJB
    private TestMailServer smtp;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void nothingIsPutOutsideATransaction() {
        String subject = "Outside " + UUID.randomUUID();
        assertThatThrownBy(() -> outbox.put(OutboxMessage.Destination.MAIL,
                new MailMessage("dan@example.vn", subject, "never").entries()))
                .isInstanceOf(EJBTransactionRequiredException.class);
        assertThat(waiting(subject)).isZero();
    }

    @Test
    void aMessageLeavesWhenItsTransactionCommitsAndIsThenDeleted() throws Exception {
        String subject = "Committed " + UUID.randomUUID();
        tx.begin();
        try {
            mailer.send(new MailMessage("dan@example.vn", subject, "Hồ sơ của Ông/Bà đã được tiếp nhận."));
            assertThat(waiting(subject)).isEqualTo(1);
            // the relay runs every second; it does not see a row its transaction has not committed
            Thread.sleep(2_500);
            assertThat(smtp.withSubject(subject)).isEmpty();
            tx.commit();
        } catch (Exception | AssertionError e) {
            tx.rollback();
            throw e;
        }

        assertThat(smtp.awaitSubject(subject, Duration.ofSeconds(20))).isPresent();
        assertThat(waiting(subject)).isZero();
    }

    @Test
    void messagesWaitWhileTheRelayIsHeldAndTheHealthCheckSaysSo() throws Exception {
        String fresh = "Held " + UUID.randomUUID();
        String old = "Held long " + UUID.randomUUID();
        assertThat(readiness.outbox()).isNull();

        // this transaction holds the relay's row, as a relay stuck on a broker that refuses would
        tx.begin();
        try {
            em.find(OutboxHead.class, OutboxHead.ID, LockModeType.PESSIMISTIC_WRITE);
            executor.submit(() -> {
                // as if written two minutes ago, first
                tx.begin();
                em.persist(new OutboxMessage(OutboxMessage.Destination.MAIL,
                        Outbox.json(new MailMessage("dan@example.vn", old, "waited two minutes").entries()),
                        Instant.now().minus(Duration.ofMinutes(2))));
                mailer.send(new MailMessage("dan@example.vn", fresh, "waits"));
                tx.commit();
                return null;
            }).get(30, TimeUnit.SECONDS);

            Thread.sleep(2_500);
            assertThat(smtp.withSubject(fresh)).isEmpty();
            assertThat(readiness.outbox())
                    .as("the outbox's health while a message has waited two minutes")
                    .startsWith("the oldest message has waited 12");
        } finally {
            tx.rollback();
        }

        assertThat(smtp.awaitSubject(fresh, Duration.ofSeconds(20))).isPresent();
        assertThat(smtp.awaitSubject(old, Duration.ofSeconds(20))).isPresent();
        assertThat(readiness.outbox()).isNull();
        assertThat(waiting(fresh) + waiting(old)).isZero();
    }

    /** Rows in the outbox whose entries contain the text. */
    private long waiting(String text) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.entries LIKE :t", Long.class)
                .setParameter("t", "%" + text + "%").getSingleResult();
    }
}
