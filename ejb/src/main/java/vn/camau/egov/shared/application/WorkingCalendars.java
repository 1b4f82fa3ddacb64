package vn.camau.egov.shared.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.shared.domain.Holiday;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.Text;
import vn.camau.egov.shared.domain.VietnamTime;
import vn.camau.egov.shared.domain.WorkingCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The working calendar from the holidays entered as data. Provincial administrators enter each
 * year's holidays (Tết changes date every year).
 */
@Stateless
public class WorkingCalendars {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The calendar around today: holidays from a year back to three years ahead. */
    @PermitAll
    public WorkingCalendar current() {
        LocalDate today = VietnamTime.dateOf(Instant.now(clock));
        return new WorkingCalendar(holidays(today.minusYears(1), today.plusYears(3)).stream()
                .map(Holiday::getDay).collect(Collectors.toSet()));
    }

    @PermitAll
    public List<Holiday> holidays(LocalDate from, LocalDate to) {
        return em.createNamedQuery("Holiday.between", Holiday.class).setParameter("from", from)
                .setParameter("to", to).setMaxResults(1000).getResultList();
    }

    @RolesAllowed(Roles.PROVINCE_ADMIN)
    public void addHoliday(LocalDate day, String name) {
        String n = Text.clean(name);
        if (day == null) {
            throw new InvalidInputException("day", "holiday.day.required");
        }
        if (n == null || n.length() > 255) {
            throw new InvalidInputException("name", "holiday.name.invalid");
        }
        if (em.find(Holiday.class, day) != null) {
            throw new InvalidInputException("day", "holiday.day.taken");
        }
        em.persist(new Holiday(day, n));
        audit.record("HOLIDAY_ADDED", "holiday", day, n);
    }

    @RolesAllowed(Roles.PROVINCE_ADMIN)
    public void removeHoliday(LocalDate day) {
        Holiday holiday = em.find(Holiday.class, day);
        if (holiday != null) {
            em.remove(holiday);
            audit.record("HOLIDAY_REMOVED", "holiday", day, holiday.getName());
        }
    }
}
