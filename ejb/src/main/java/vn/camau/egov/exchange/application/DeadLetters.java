package vn.camau.egov.exchange.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.domain.NotFoundException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The administrator's view of egov.DLQ: what is parked and why, and for each message a replay (back
 * to the queue it came from) or a discard. Both are audited and happen in one transaction with the
 * removal from the dead-letter queue, so a message is never both replayed and kept, nor lost.
 */
@Stateless
@RolesAllowed(Roles.PROVINCE_ADMIN)
public class DeadLetters {

    /** At most this many are listed: a dead-letter queue that long needs the broker's own tools. */
    public static final int MAX_LISTED = 500;
    static final String DEAD_LETTER = "dead-letter";
    private static final String ORIGIN = "egov_origin";
    private static final String REASON = "egov_reason";
    private static final Pattern JMS_ID = Pattern.compile("ID:[0-9A-Za-z\\-]{1,100}");
    private static final String ANYCAST_PREFIX = "jms.queue.";

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/egov/DLQ")
    private Queue deadLetters;

    @Inject
    private AuditTrail audit;

    public List<DeadLetter> list() {
        List<DeadLetter> found = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(deadLetters)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && found.size() < MAX_LISTED) {
                found.add(view((Message) messages.nextElement()));
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        return found;
    }

    /** Puts the message back on the queue it came from, to be consumed again. */
    public void replay(String id) {
        Message m = take(id);
        DeadLetter letter = view(m);
        if (!letter.replayable()) {
            throw new vn.camau.egov.shared.domain.BusinessException("deadLetters.notReplayable", String.valueOf(letter.origin()));
        }
        try {
            Message copy = copy(m);
            copy.setStringProperty("egov_replayed_from", id);
            jms.createProducer().send(jms.createQueue(letter.origin()), copy);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        audit.record("DEAD_LETTER_REPLAYED", DEAD_LETTER, id, letter.origin() + " " + nullToEmpty(letter.messageId()));
    }

    public void discard(String id) {
        DeadLetter letter = view(take(id));
        audit.record("DEAD_LETTER_DISCARDED", DEAD_LETTER, id, nullToEmpty(letter.origin()) + " "
                + nullToEmpty(letter.messageId()) + " " + nullToEmpty(letter.reason()));
    }

    private Message take(String id) {
        if (id == null || !JMS_ID.matcher(id).matches()) {
            throw new NotFoundException(DEAD_LETTER, String.valueOf(id));
        }
        try (JMSConsumer consumer = jms.createConsumer(deadLetters, "JMSMessageID = '" + id + "'")) {
            Message m = consumer.receive(2000);
            if (m == null) {
                throw new NotFoundException(DEAD_LETTER, id);
            }
            return m;
        }
    }

    private static DeadLetter view(Message m) {
        try {
            // the broker's own record of where it came from first; ours only for what the application parked
            String origin = m.propertyExists("_AMQ_ORIG_ADDRESS") ? m.getStringProperty("_AMQ_ORIG_ADDRESS")
                    : m.getStringProperty(ORIGIN);
            if (origin != null && origin.startsWith(ANYCAST_PREFIX)) {
                origin = origin.substring(ANYCAST_PREFIX.length());
            }
            int deliveries = m.propertyExists("JMSXDeliveryCount") ? m.getIntProperty("JMSXDeliveryCount") : 0;
            String reason = m.getStringProperty(REASON);
            if (reason == null) {
                reason = "delivery failed after every attempt";
            }
            long size = m instanceof BytesMessage b ? b.getBodyLength() : m instanceof TextMessage t && t.getText() != null
                    ? t.getText().length() : 0;
            return new DeadLetter(m.getJMSMessageID(), origin, m.getStringProperty("egov_kind"),
                    m.getStringProperty("egov_message_id"), m.getStringProperty("egov_from"), reason, deliveries,
                    Instant.ofEpochMilli(m.getJMSTimestamp()), size);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    /** A new message with the same body and the application's properties (not the broker's). */
    private Message copy(Message m) throws JMSException {
        Message copy;
        if (m instanceof BytesMessage b) {
            byte[] body = new byte[(int) b.getBodyLength()];
            b.readBytes(body);
            BytesMessage bytes = jms.createBytesMessage();
            bytes.writeBytes(body);
            copy = bytes;
        } else if (m instanceof MapMessage map) {
            MapMessage out = jms.createMapMessage();
            for (Enumeration<?> names = map.getMapNames(); names.hasMoreElements(); ) {
                String name = (String) names.nextElement();
                out.setObject(name, map.getObject(name));
            }
            copy = out;
        } else if (m instanceof TextMessage t) {
            copy = jms.createTextMessage(t.getText());
        } else {
            copy = jms.createMessage();
        }
        for (Enumeration<?> names = m.getPropertyNames(); names.hasMoreElements(); ) {
            String name = (String) names.nextElement();
            if (!name.startsWith("_AMQ") && !name.startsWith("JMSX") && !name.equals(REASON) && !name.equals(ORIGIN)) {
                copy.setObjectProperty(name, m.getObjectProperty(name));
            }
        }
        return copy;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
