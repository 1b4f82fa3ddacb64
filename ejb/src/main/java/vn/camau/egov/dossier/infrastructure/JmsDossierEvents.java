package vn.camau.egov.dossier.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Topic;
import vn.camau.egov.dossier.application.DossierEvents;

/** Publishes dossier status changes on the topic egov.dossier.events, in the caller's transaction. */
@ApplicationScoped
public class JmsDossierEvents implements DossierEvents {

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/topic/egov/dossier-events")
    private Topic topic;

    @Override
    public void publish(StatusChanged event) {
        try {
            MapMessage message = jms.createMapMessage();
            message.setString("code", event.code());
            message.setString("agencyId", event.agencyId());
            message.setString("procedureCode", event.procedureCode());
            message.setString("action", event.action().name());
            message.setString("status", event.status().name());
            message.setString("portalStatus", event.portalStatus());
            message.setLong("at", event.at().toEpochMilli());
            jms.createProducer().send(topic, message);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }
}
