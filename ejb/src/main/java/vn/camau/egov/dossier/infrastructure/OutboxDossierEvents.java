package vn.camau.egov.dossier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.camau.egov.dossier.application.DossierEvents;
import vn.camau.egov.shared.application.Outbox;
import vn.camau.egov.shared.domain.OutboxMessage;

import java.util.Map;

/**
 * Publishes dossier status changes on the topic egov.dossier.events through the outbox: written in
 * the caller's transaction, sent when it has committed.
 */
@ApplicationScoped
public class OutboxDossierEvents implements DossierEvents {

    @Inject
    private Outbox outbox;

    @Override
    public void publish(StatusChanged event) {
        outbox.put(OutboxMessage.Destination.DOSSIER_EVENTS, Map.of("code", event.code(), "agencyId", event.agencyId(),
                "procedureCode", event.procedureCode(), "action", event.action().name(), "status", event.status().name(),
                "portalStatus", event.portalStatus(), "at", event.at().toEpochMilli()));
    }
}
