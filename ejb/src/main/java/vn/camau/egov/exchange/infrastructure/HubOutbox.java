package vn.camau.egov.exchange.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import vn.camau.egov.exchange.domain.DeliveryGroup;
import vn.camau.egov.exchange.domain.MessageKind;

/**
 * Puts a message for the central hub on the local durable queue egov.exchange.outbound, in the
 * caller's (XA) transaction: the registry change and the message commit together or not at all.
 * The server's core bridge forwards the queue to the hub, holding messages while the hub is down.
 */
@ApplicationScoped
public class HubOutbox {

    /** Message properties every hub message carries (the hub routes on {@link #TO_ADDRESS}). */
    public static final String KIND = "egov_kind";
    public static final String FROM = "egov_from";
    public static final String TO = "egov_to";
    public static final String TO_ADDRESS = "egov_to_address";
    public static final String MESSAGE_ID = "egov_message_id";
    /** Artemis drops a second message with the same value at the hub: a resend is never a duplicate. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/egov/exchange/outbound")
    private Queue outbound;

    /**
     * @param subject what the message is about (the edXML DocumentId, a dossier's code), which
     *                decides the {@link DeliveryGroup} it is delivered in order with
     */
    public void send(MessageKind kind, String messageId, String from, String to, String toAddress, String subject,
                     byte[] payload) {
        try {
            BytesMessage m = jms.createBytesMessage();
            m.writeBytes(payload);
            m.setStringProperty(KIND, kind.name());
            m.setStringProperty(MESSAGE_ID, messageId);
            m.setStringProperty(FROM, from);
            m.setStringProperty(TO, to);
            m.setStringProperty(TO_ADDRESS, toAddress);
            m.setStringProperty(DUPLICATE_ID, messageId);
            m.setStringProperty(DeliveryGroup.PROPERTY, DeliveryGroup.of(from, subject));
            jms.createProducer().setDeliveryMode(jakarta.jms.DeliveryMode.PERSISTENT).send(outbound, m);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }
}
