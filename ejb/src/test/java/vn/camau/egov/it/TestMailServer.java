package vn.camau.egov.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A real SMTP server (GreenMail) inside the test deployment, on the port the server's mail session
 * is pointed at (egov.smtp.port), so mail travels over SMTP exactly as in production.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TestMailServer {

    private GreenMail greenMail;

    @PostConstruct
    void start() {
        int port = Integer.parseInt(System.getProperty("egov.smtp.port", "2625"));
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @PreDestroy
    void stop() {
        greenMail.stop();
    }

    /** The first mail with this subject to arrive within the timeout. */
    public Optional<MimeMessage> awaitSubject(String subject, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        do {
            Optional<MimeMessage> found = withSubject(subject);
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < end);
        return Optional.empty();
    }

    public Optional<MimeMessage> withSubject(String subject) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (MessagingException e) {
                return false;
            }
        }).findFirst();
    }

    public List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessagesForDomain(address)).toList();
    }
}
