package vn.camau.egov.exchange.domain;

/**
 * The order the hub's messages keep. The province takes its inbound queue with several consumers at
 * once; a JMS message group keeps what must stay in order on one of them: the messages one agency
 * sends about one document (the document, its update or revocation, the statuses it answers) or
 * about one dossier. Every message this platform sends carries its group, and an agency that sends
 * without one is taken in parallel, in no particular order.
 *
 * <p>A group is the sender and one of {@link #BUCKETS} buckets of the subject, not the subject
 * itself: the broker remembers which consumer holds each group for as long as the consumers live, so
 * the number of groups must stay bounded however many documents pass.
 */
public final class DeliveryGroup {

    /** The JMS property the broker groups on. */
    public static final String PROPERTY = "JMSXGroupID";

    /** Enough buckets per sender to spread one busy sender over every consumer. */
    static final int BUCKETS = 32;

    private DeliveryGroup() {
    }

    /**
     * @param from    the sending agency's code
     * @param subject what the message is about: the edXML DocumentId (of the document, or the one a
     *                status answers), a dossier's or a procedure's code
     */
    public static String of(String from, String subject) {
        // String.hashCode is fixed by the Java specification: every sender computes the same bucket
        int bucket = subject == null ? 0 : Math.floorMod(subject.hashCode(), BUCKETS);
        return from + "#" + bucket;
    }
}
