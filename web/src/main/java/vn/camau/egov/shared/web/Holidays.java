package vn.camau.egov.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.shared.application.WorkingCalendars;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.Holiday;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.VietnamTime;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public holidays of a year (workspace/holidays.xhtml?year=...), entered by a provincial
 * administrator as the government announces them (Tết moves every year): the working calendar
 * that every due date is counted on.
 */
@Named
@ViewScoped
public class Holidays implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private FacesContext faces;

    private int year;
    private LocalDate day;
    private String name;
    private Map<String, String> errors = new LinkedHashMap<>();

    @PostConstruct
    void read() {
        year = VietnamTime.dateOf(Instant.now()).getYear();
        try {
            String asked = faces.getExternalContext().getRequestParameterMap().get("year");
            if (asked != null) {
                year = Math.max(2000, Math.min(2100, Integer.parseInt(asked)));
            }
        } catch (NumberFormatException e) {
            // the current year
        }
    }

    public List<Holiday> getHolidays() {
        return calendars.holidays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public void add() {
        errors = new LinkedHashMap<>();
        try {
            calendars.addHoliday(day, name);
            Messages.info("holidays.added");
            if (day != null) {
                year = day.getYear();
            }
            day = null;
            name = null;
        } catch (InvalidInputException e) {
            errors = Messages.byField(e);
        } catch (BusinessException e) {
            Messages.show(e, "holiday");
        }
    }

    public void remove(LocalDate which) {
        calendars.removeHoliday(which);
        Messages.info("holidays.removed");
    }

    public String error(String field) {
        return errors.get(field);
    }

    public int getYear() {
        return year;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
