package vn.camau.egov.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import vn.camau.egov.identity.domain.Roles;

import java.util.logging.Logger;

/**
 * Every morning, the leaders whose periodic report is due soon and not sent are reminded by e-mail,
 * on the Department's behalf (the reminders go out in its name).
 */
@Singleton
// its timer may fire while the deployment starts: not before the schema is there
@DependsOn("SchemaMigration")
@PermitAll
@RunAs(Roles.DIC_MONITOR)
public class ReportReminders {

    private static final Logger LOG = Logger.getLogger(ReportReminders.class.getName());

    @Inject
    private ReportService reports;

    @Schedule(hour = "7", minute = "0", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    public void remind() {
        int units = reports.sendReminders();
        if (units > 0) {
            LOG.info(() -> "periodic report reminders sent to the leaders of " + units + " units");
        }
    }
}
