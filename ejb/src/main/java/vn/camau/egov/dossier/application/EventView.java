package vn.camau.egov.dossier.application;

import vn.camau.egov.dossier.domain.DossierAction;
import vn.camau.egov.dossier.domain.DossierEvent;
import vn.camau.egov.dossier.domain.DossierStatus;

import java.io.Serializable;
import java.time.Instant;

/** A line of a dossier's history as pages show it. */
public record EventView(Instant at, DossierAction action, DossierStatus from, DossierStatus to, String actorName,
                        String unitCode, String stepName, String note) implements Serializable {

    static EventView of(DossierEvent e) {
        return new EventView(e.getOccurredAt(), e.getAction(), e.getFromStatus(), e.getToStatus(), e.getActorName(),
                e.getUnitCode(), e.getStepName(), e.getNote());
    }
}
