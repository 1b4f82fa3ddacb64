package vn.camau.egov.shared.application;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;

import java.io.Serializable;
import java.util.Map;

/**
 * An e-mail waiting to be sent: recipient, subject, plain-text body. Travels on the mail queue as a
 * JMS map message.
 */
public record MailMessage(String to, String subject, String body) implements Serializable {

    public MailMessage {
        if (to == null || to.isBlank() || subject == null || body == null) {
            throw new IllegalArgumentException("a mail needs a recipient, a subject and a body");
        }
    }

    /** The content of its map message on the mail queue. */
    public Map<String, String> entries() {
        return Map.of("to", to, "subject", subject, "body", body);
    }

    /** Reads a queued mail; a message that is not one fails here and ends on the dead-letter queue. */
    public static MailMessage readFrom(MapMessage message) throws JMSException {
        return new MailMessage(message.getString("to"), message.getString("subject"), message.getString("body"));
    }
}
