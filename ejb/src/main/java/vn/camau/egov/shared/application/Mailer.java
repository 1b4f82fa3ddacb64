package vn.camau.egov.shared.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import vn.camau.egov.shared.domain.OutboxMessage;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Sends e-mail by queueing it: the mail goes through the outbox in the caller's transaction to the
 * mail queue, so it goes out exactly when the change it announces commits, and a slow mail server
 * never slows a request.
 * Texts come from the {@code mail} resource bundle, in the recipient's language.
 */
@Stateless
public class Mailer {

    @EJB
    private Outbox outbox;

    public void send(MailMessage mail) {
        outbox.put(OutboxMessage.Destination.MAIL, mail.entries());
    }

    /**
     * Queues the mail whose subject and body are {@code key.subject} and {@code key.body} in the
     * bundle, with {@code {0}}, {@code {1}}... filled from the arguments.
     */
    public void send(String to, Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("vn.camau.egov.shared.application.mail", locale,
                Mailer.class.getClassLoader());
        send(new MailMessage(to, format(bundle, key + ".subject", arguments), format(bundle, key + ".body", arguments)));
    }

    private static String format(ResourceBundle bundle, String key, Object... arguments) {
        try {
            return new java.text.MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no mail text " + key, e);
        }
    }
}
