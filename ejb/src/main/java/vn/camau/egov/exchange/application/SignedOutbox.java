package vn.camau.egov.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.w3c.dom.Document;
import vn.camau.egov.dossier.infrastructure.SigningKeys;
import vn.camau.egov.exchange.domain.Direction;
import vn.camau.egov.exchange.domain.LoggedMessage;
import vn.camau.egov.exchange.domain.MessageKind;
import vn.camau.egov.exchange.domain.MessageState;
import vn.camau.egov.exchange.domain.Peer;
import vn.camau.egov.exchange.domain.SecureXml;
import vn.camau.egov.exchange.domain.XmlSignature;
import vn.camau.egov.exchange.infrastructure.HubOutbox;
import vn.camau.egov.organization.domain.Unit;

import java.security.KeyStore;
import java.security.cert.X509Certificate;

/**
 * The one way a message leaves the province: signed with the sending unit's key, logged in the
 * hash chain and queued for the hub, all in the caller's transaction.
 */
@ApplicationScoped
public class SignedOutbox {

    @Inject
    private SigningKeys keys;

    @Inject
    private MessageLog log;

    @Inject
    private HubOutbox outbox;

    /**
     * @param subject    what the message is about, for the log (the edXML DocumentId, a dossier's code...)
     * @param statusCode the status a status message carries, else null
     */
    public void send(MessageKind kind, String messageId, Unit unit, Peer peer, String subject, String statusCode,
                     Document xml) {
        KeyStore.PrivateKeyEntry key = keys.of(unit);
        XmlSignature.sign(xml, key.getPrivateKey(), (X509Certificate) key.getCertificate());
        byte[] payload = SecureXml.serialize(xml);
        log.append(new LoggedMessage.Entry(Direction.OUT, kind, messageId, peer.getAgencyId(), subject, statusCode,
                MessageState.QUEUED, null, null, payload));
        outbox.send(kind, messageId, unit.getAgencyId().value(), peer.getAgencyId(), peer.getAddress(), subject, payload);
    }
}
