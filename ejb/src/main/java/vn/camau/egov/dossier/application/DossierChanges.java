package vn.camau.egov.dossier.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.dossier.domain.Dossier;
import vn.camau.egov.dossier.domain.DossierAction;
import vn.camau.egov.dossier.domain.DossierStatus;
import vn.camau.egov.dossier.domain.Notification;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.application.Mailer;
import vn.camau.egov.shared.application.Settings;

import java.time.Instant;
import java.util.Locale;

/**
 * What follows every change of a dossier, in the transaction of the change: the audit entry, the
 * status event (the one port the interconnection reads), and the applicant's notice in their
 * account and by mail. Whoever changes a dossier calls this, so none of the three is forgotten.
 */
@Dependent
public class DossierChanges {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DossierEvents events;

    @Inject
    private Mailer mailer;

    @Inject
    private AuditTrail audit;

    @Inject
    private Settings settings;

    public void changed(Dossier d, DossierAction action, Instant now) {
        audit.record("DOSSIER_" + action.name(), DossierService.DOSSIER, d.getCode(), d.getStatus().name());
        if ((action == DossierAction.CANCEL || action == DossierAction.REFUSE) && d.isPaid()) {
            // fees paid online for a dossier that will not be processed go back to the payer
            audit.record("PAYMENT_TO_REFUND", DossierService.DOSSIER, d.getCode(), action.name());
        }
        events.publish(new DossierEvents.StatusChanged(d.getCode(), d.getUnit().getAgencyId().value(),
                d.getProcedure().getProcedure().getCode().value(), action, d.getStatus(), d.getStatus().portalName(), now));
        String notice = notice(action, d.getStatus());
        if (notice == null) {
            return;
        }
        if (d.getOwnerUsername() != null) {
            em.persist(new Notification(d.getOwnerUsername(), d.getCode(), d.getStatus(), action, now));
        }
        if (d.getApplicant().getEmail() != null) {
            mailer.send(d.getApplicant().getEmail(), Locale.forLanguageTag("vi"), notice,
                    d.getApplicant().getFullName(), d.getCode(), d.getProcedure().getName(),
                    settings.publicUrl() + "lookup.xhtml?code=" + d.getCode());
        }
    }

    /** The mail an applicant gets for a change, or null for internal work they need not hear about. */
    static String notice(DossierAction action, DossierStatus status) {
        return switch (action) {
            case ASSIGN, ATTACH_RESULT, RATE -> null;
            case COMPLETE_STEP -> status == DossierStatus.RELEASING ? "dossier.RESULT_READY" : null;
            default -> "dossier." + action.name();
        };
    }
}
