package vn.camau.egov.shared.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Sends e-mail by queueing it: the message joins the caller's transaction, so a mail goes out
 * exactly when the change it announces commits, and a slow mail server never slows a request.
 * Texts come from the {@code mail} resource bundle, in the recipient's language.
 */
@Stateless
public class Mailer {

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/egov/mail")
    private Queue mailQueue;

    public void send(MailMessage mail) {
        try {
            MapMessage message = jms.createMapMessage();
            mail.writeTo(message);
            jms.createProducer().send(mailQueue, message);
        } catch (JMSException e) {
            throw new JMSRuntimeException("Cannot queue mail: " + e.getMessage(), e.getErrorCode(), e);
        }
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
