package vn.camau.egov.exchange.infrastructure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import vn.camau.egov.document.application.DocumentService;
import vn.camau.egov.exchange.application.ExchangeReceiver;

import java.nio.charset.StandardCharsets;
import java.util.Enumeration;

/**
 * Takes messages the hub delivered (the server's JMS bridge moves them from the province's queue on
 * the hub to egov.exchange.inbound, exactly once) and hands them to the receiver. A rejected message
 * is parked on egov.DLQ with the reason, in this transaction; a failure (the database away) rolls
 * back, and the broker redelivers with backoff and finally parks it on egov.DLQ itself.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/egov/exchange/inbound"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        // eight at once (one consumer took 65 documents a second, waiting on its commits); what one
        // sender sent about one document stays in its order (a document before its revocation, 01
        // before 03): the broker gives a message group (DeliveryGroup) to one consumer at a time. Two
        // copies of one message taken at once meet the log's unique message id: the loser rolls
        // back, is redelivered and finds the first one done
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")})
// the broker delivers without a caller: anyone may invoke onMessage, which then runs as "exchange"
@PermitAll
@RunAs(DocumentService.EXCHANGE)
public class HubInbox implements MessageListener {

    /** Why a message was parked on the dead-letter queue by the application (not by the broker). */
    public static final String REASON = "egov_reason";
    /** The queue a parked message came from, so that an administrator can replay it there. */
    public static final String ORIGIN = "egov_origin";

    @Inject
    private ExchangeReceiver receiver;

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/egov/DLQ")
    private Queue deadLetters;

    @Override
    public void onMessage(Message message) {
        try {
            byte[] payload = payload(message);
            String id = message.getStringProperty(HubOutbox.MESSAGE_ID);
            String from = message.getStringProperty(HubOutbox.FROM);
            ExchangeReceiver.Result result = receiver.receive(id, from, payload);
            if (result.outcome() == ExchangeReceiver.Outcome.REJECTED) {
                receiver.reject(id, from, payload, result);
                park(message, payload, result.reason());
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read a message from the hub: " + e.getMessage(), e);
        }
    }

    private static byte[] payload(Message message) throws JMSException {
        if (message instanceof BytesMessage bytes) {
            byte[] payload = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(payload);
            return payload;
        }
        if (message instanceof TextMessage text && text.getText() != null) {
            return text.getText().getBytes(StandardCharsets.UTF_8);
        }
        return new byte[0];
    }

    private void park(Message original, byte[] payload, String reason) throws JMSException {
        BytesMessage copy = jms.createBytesMessage();
        copy.writeBytes(payload);
        for (Enumeration<?> names = original.getPropertyNames(); names.hasMoreElements(); ) {
            String name = (String) names.nextElement();
            // the sender's own egov_origin / egov_reason are not trusted: this method sets them
            if (name.startsWith("egov_") && !name.equals(REASON) && !name.equals(ORIGIN)) {
                copy.setObjectProperty(name, original.getObjectProperty(name));
            }
        }
        copy.setStringProperty(REASON, reason.length() <= 1000 ? reason : reason.substring(0, 1000));
        copy.setStringProperty(ORIGIN, "egov.exchange.inbound");
        jms.createProducer().send(deadLetters, copy);
    }
}
