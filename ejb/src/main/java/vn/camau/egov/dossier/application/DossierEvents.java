package vn.camau.egov.dossier.application;

import vn.camau.egov.dossier.domain.DossierAction;
import vn.camau.egov.dossier.domain.DossierStatus;

import java.io.Serializable;
import java.time.Instant;

/**
 * The one port through which dossier status changes leave the dossier context (to the national
 * portal sync, to statistics). Published in the transaction of the change.
 */
public interface DossierEvents {

    void publish(StatusChanged event);

    /** A dossier changed: its code, its unit's agency id, the action, and its status (ours and OpenCPS's). */
    record StatusChanged(String code, String agencyId, String procedureCode, DossierAction action,
                         DossierStatus status, String portalStatus, Instant at) implements Serializable {
    }
}
