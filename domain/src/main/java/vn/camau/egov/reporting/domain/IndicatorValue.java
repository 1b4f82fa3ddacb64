package vn.camau.egov.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.shared.domain.InvalidInputException;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One figure of the indicator registry: a TII input (an ITU indicator per 100 inhabitants) or an
 * HCI input, for a year and a unit (the province is its People's Committee), with its source.
 */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue {

    /** Every code the registry takes: TII's ITU indicators and HCI's components. */
    public static final Set<String> CODES = Stream.concat(Arrays.stream(TiiEdition.Indicator.values()).map(Enum::name),
            Arrays.stream(HciComponent.values()).map(Enum::name)).collect(Collectors.toUnmodifiableSet());

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_value_seq")
    @SequenceGenerator(name = "indicator_value_seq", sequenceName = "indicator_value_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "value_year", nullable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, precision = 12, scale = 4)
    private double amount;

    @Column(length = 255)
    private String source;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected IndicatorValue() {
        // for JPA
    }

    public IndicatorValue(int year, Unit unit, String code) {
        if (!CODES.contains(code)) {
            throw new InvalidInputException("code", "indicator.code");
        }
        this.year = year;
        this.unit = unit;
        this.code = code;
    }

    /** A per-100 or per-cent figure is at most 1,000 and never negative; years of schooling at most 30. */
    public void record(double value, String source, String by) {
        double max = code.endsWith("_YEARS") ? 30 : 1000;
        if (Double.isNaN(value) || value < 0 || value > max) {
            throw new InvalidInputException("amount", "indicator.amount", max);
        }
        if (source != null && source.strip().length() > 255) {
            throw new InvalidInputException("source", "report.text.tooLong", 255);
        }
        this.amount = value;
        this.source = source == null || source.isBlank() ? null : source.strip();
        this.recordedBy = by;
    }

    public int getYear() {
        return year;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getCode() {
        return code;
    }

    public double getAmount() {
        return amount;
    }

    public String getSource() {
        return source;
    }
}
