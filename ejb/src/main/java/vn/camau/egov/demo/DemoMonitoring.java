package vn.camau.egov.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.reporting.application.IndexService;
import vn.camau.egov.reporting.application.ReportService;
import vn.camau.egov.reporting.domain.PeriodKind;
import vn.camau.egov.shared.domain.VietnamTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The demo's monitoring, opened as the Department would: the current and the previous quarter and
 * the current year as reporting periods, and TII and HCI inputs for the city and two districts.
 * The indicator figures are made up for the demo; a real installation records the statistics
 * office's figures.
 */
@Stateless
@PermitAll
@RunAs(Roles.DIC_MONITOR)
@RunAsPrincipal("demo-loader")
public class DemoMonitoring {

    /** Demo TII inputs per 100 inhabitants (2022 edition's four) and HCI inputs, per unit: illustrative only. */
    static final Map<String, double[]> INDICATORS = Map.of(
            "TP_CA_MAU", new double[] {82, 135, 88, 24, 98, 85, 13.1, 10.2},
            "U_MINH", new double[] {61, 112, 64, 11, 94, 72, 11.8, 8.1},
            "THOI_BINH", new double[] {58, 108, 60, 9, 93, 70, 11.5, 7.9});
    private static final String[] CODES = {"INTERNET_USERS", "MOBILE_CELLULAR", "ACTIVE_MOBILE_BROADBAND",
            "FIXED_BROADBAND", "HCI_LITERACY", "HCI_ENROLMENT", "HCI_EXPECTED_YEARS", "HCI_MEAN_YEARS"};

    @Inject
    private ReportService reports;

    @Inject
    private IndexService indices;

    public void load() {
        LocalDate today = VietnamTime.dateOf(Instant.now());
        int quarter = PeriodKind.QUARTER.numberOf(today);
        reports.openPeriod(PeriodKind.QUARTER, today.getYear(), quarter,
                PeriodKind.QUARTER.lastDay(today.getYear(), quarter).plusDays(10));
        LocalDate previous = PeriodKind.QUARTER.firstDay(today.getYear(), quarter).minusDays(1);
        int previousQuarter = PeriodKind.QUARTER.numberOf(previous);
        reports.openPeriod(PeriodKind.QUARTER, previous.getYear(), previousQuarter,
                PeriodKind.QUARTER.lastDay(previous.getYear(), previousQuarter).plusDays(10));
        reports.openPeriod(PeriodKind.YEAR, today.getYear(), 1, LocalDate.of(today.getYear(), 12, 20));
        INDICATORS.forEach((unit, values) -> {
            for (int i = 0; i < CODES.length; i++) {
                indices.record(today.getYear(), unit, CODES[i], values[i], "Số liệu minh họa (demo)");
            }
        });
    }
}
