package vn.camau.egov.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import vn.camau.egov.shared.application.MailMessage;
import vn.camau.egov.shared.application.Settings;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Logger;

/**
 * Sends one mail through the server's mail session {@code java:jboss/mail/egov}, in UTF-8; or, when
 * the settings say so (the demo has no mail server), writes it to the server log.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource(lookup = "java:jboss/mail/egov")
    private Session session;

    @Inject
    private Settings settings;

    public void send(MailMessage mail) {
        if (settings.mailToLog()) {
            LOG.info(() -> "Mail to " + mail.to() + " (egov.mail.delivery=log)\nSubject: " + mail.subject()
                    + "\n\n" + mail.body());
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot send mail: " + e.getMessage(), e);
        }
    }
}
