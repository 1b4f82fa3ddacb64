package vn.camau.egov.exchange.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import vn.camau.egov.exchange.application.PortalPublisher;
import vn.camau.egov.identity.domain.Roles;

/**
 * The national portal's subscription to egov.dossier.events: durable, so events published while
 * the application is down are taken when it is back, and one at a time, so the portal hears of a
 * dossier's changes in order.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/topic/egov/dossier-events"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "egov-portal-sync"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "egov-portal-sync"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")})
@PermitAll
@RunAs(Roles.EXCHANGE)
public class PortalEvents implements MessageListener {

    @Inject
    private PortalPublisher publisher;

    @Override
    public void onMessage(Message message) {
        try {
            publisher.dossierChanged(((MapMessage) message).getString("code"));
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read a dossier event: " + e.getMessage(), e);
        }
    }
}
