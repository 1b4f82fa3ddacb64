package vn.camau.egov.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Objects;

/** A public holiday (ngày nghỉ lễ, Tết) on which state agencies do not work, entered per year as data. */
@Entity
@Table(name = "holiday")
@NamedQuery(name = "Holiday.between",
        query = "SELECT h FROM Holiday h WHERE h.day >= :from AND h.day <= :to ORDER BY h.day")
public class Holiday {

    @Id
    @Column(name = "holiday_date")
    private LocalDate day;

    @Column(nullable = false)
    private String name;

    protected Holiday() {
        // for JPA
    }

    public Holiday(LocalDate day, String name) {
        this.day = Objects.requireNonNull(day);
        this.name = Objects.requireNonNull(name);
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }
}
