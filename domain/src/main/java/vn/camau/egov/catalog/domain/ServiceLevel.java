package vn.camau.egov.catalog.domain;

/**
 * Online public service level (mức độ dịch vụ công trực tuyến): 1 information, 2 forms to download,
 * 3 online submission, 4 online payment and result.
 */
public enum ServiceLevel {
    LEVEL_1, LEVEL_2, LEVEL_3, LEVEL_4;

    public int number() {
        return ordinal() + 1;
    }

    public static ServiceLevel of(int number) {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("service levels are 1 to 4: " + number);
        }
        return values()[number - 1];
    }

    /** Level 3 and 4: the dossier is filled in and submitted online. */
    public boolean acceptsOnlineSubmission() {
        return this == LEVEL_3 || this == LEVEL_4;
    }

    /** Level 4: fees are paid online and the result is delivered online. */
    public boolean paysOnline() {
        return this == LEVEL_4;
    }
}
