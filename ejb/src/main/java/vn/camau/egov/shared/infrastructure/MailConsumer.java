package vn.camau.egov.shared.infrastructure;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import vn.camau.egov.shared.application.MailMessage;

/**
 * Takes queued mail off the mail queue and hands it to the SMTP sender. Any failure is rethrown:
 * the broker redelivers with backoff, then parks the message on the dead-letter queue.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/egov/mail"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")})
public class MailConsumer implements MessageListener {

    @Inject
    private MailSender sender;

    @Override
    public void onMessage(Message message) {
        try {
            if (!(message instanceof MapMessage map)) {
                throw new IllegalArgumentException("not a mail: " + message.getClass().getSimpleName());
            }
            sender.send(MailMessage.readFrom(map));
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read queued mail " + e.getMessage(), e);
        }
    }
}
