package vn.camau.egov.dossier.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.dossier.application.PaymentService;
import vn.camau.egov.dossier.application.Reconciliation;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.application.UnitView;
import vn.camau.egov.shared.domain.PageRequest;
import vn.camau.egov.shared.domain.VietnamTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The day's online payments beside the provider's statement
 * (workspace/payments.xhtml?day=yyyy-MM-dd&unit=...&page=N): a GET form, so a day's list can be
 * bookmarked and shared.
 */
@Named
@RequestScoped
public class PaymentReconciliation {

    @Inject
    private PaymentService payments;

    @Inject
    private OrganizationService organization;

    @Inject
    private FacesContext faces;

    private LocalDate day;
    private boolean dayInvalid;
    private String unit;
    private int pageNumber;
    private Reconciliation result;

    private void read() {
        if (day != null) {
            return;
        }
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        day = VietnamTime.dateOf(Instant.now());
        String asked = params.get("day");
        if (asked != null && !asked.isBlank()) {
            try {
                day = LocalDate.parse(asked.strip());
            } catch (DateTimeParseException e) {
                dayInvalid = true;
            }
        }
        unit = params.get("unit");
        try {
            pageNumber = Math.max(0, Integer.parseInt(params.getOrDefault("page", "0")));
        } catch (NumberFormatException e) {
            pageNumber = 0;
        }
    }

    public Reconciliation getResult() {
        if (result == null) {
            read();
            result = payments.reconciliation(day, unit, new PageRequest(pageNumber, 50));
        }
        return result;
    }

    /** The units a provincial administrator may pick from; others see their own unit's payments only. */
    public List<UnitView> getUnits() {
        return faces.getExternalContext().isUserInRole("province-admin") ? organization.units() : List.of();
    }

    public LocalDate getDay() {
        read();
        return day;
    }

    public boolean isDayInvalid() {
        read();
        return dayInvalid;
    }

    public String getUnit() {
        read();
        return unit;
    }

    public int getPageNumber() {
        read();
        return pageNumber;
    }
}
