package vn.camau.egov.reporting.domain;

/**
 * The Human Capital Index's inputs and the value each is divided by to become an index in [0, 1],
 * as the UN survey does: literacy and enrolment are per cent; schooling is in years, against the
 * survey's maxima of 18 expected and 15 mean years.
 */
public enum HciComponent {
    HCI_LITERACY(100),
    HCI_ENROLMENT(100),
    HCI_EXPECTED_YEARS(18),
    HCI_MEAN_YEARS(15);

    private final double scale;

    HciComponent(double scale) {
        this.scale = scale;
    }

    /** The component's index, at most 1. */
    public double index(double value) {
        return Math.min(1, value / scale);
    }
}
