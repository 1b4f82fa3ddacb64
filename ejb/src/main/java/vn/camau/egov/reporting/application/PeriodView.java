package vn.camau.egov.reporting.application;

import vn.camau.egov.reporting.domain.PeriodKind;
import vn.camau.egov.reporting.domain.ReportingPeriod;

import java.io.Serializable;
import java.time.LocalDate;

public record PeriodView(long id, PeriodKind kind, int year, int number, LocalDate startsOn, LocalDate endsOn,
                         LocalDate dueOn, boolean consolidated) implements Serializable {

    static PeriodView of(ReportingPeriod p) {
        return new PeriodView(p.getId(), p.getKind(), p.getYear(), p.getNumber(), p.getStartsOn(), p.getEndsOn(),
                p.getDueOn(), p.isConsolidated());
    }

    /** "Quý 3/2026", "6 tháng đầu năm 2026", "Năm 2026": how the period is named on paper. */
    public String label() {
        return switch (kind) {
            case QUARTER -> "Quý " + number + "/" + year;
            case HALF_YEAR -> (number == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case YEAR -> "Năm " + year;
        };
    }
}
