package vn.camau.egov.exchange.application;

import vn.camau.egov.exchange.domain.Direction;
import vn.camau.egov.exchange.domain.LoggedMessage;
import vn.camau.egov.exchange.domain.MessageKind;
import vn.camau.egov.exchange.domain.MessageState;

import java.io.Serializable;
import java.time.Instant;

/**
 * A line of the message log, without its payload.
 *
 * @param sequence its place in the hash chain; null for the few seconds before it is sealed
 */
public record LoggedMessageView(long id, Long sequence, Direction direction, MessageKind kind, String messageId,
                                String peerAgencyId, String documentId, String statusCode, MessageState state,
                                String detail, Boolean signatureValid, Instant createdAt, String payloadSha256)
        implements Serializable {

    static LoggedMessageView of(LoggedMessage m) {
        return new LoggedMessageView(m.getId(), m.getSequence(), m.getDirection(), m.getKind(), m.getMessageId(), m.getPeerAgencyId(),
                m.getDocumentId(), m.getStatusCode(), m.getState(), m.getDetail(), m.getSignatureValid(), m.getCreatedAt(),
                m.getPayloadSha256());
    }
}
