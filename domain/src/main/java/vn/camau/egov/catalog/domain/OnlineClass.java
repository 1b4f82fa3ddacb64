package vn.camau.egov.catalog.domain;

/**
 * Decree 42/2022/NĐ-CP's view of the same thing: full-process online (toàn trình: every step,
 * payment and result online), partial online (một phần), or information only. The exact wording of
 * the decree is unverified; kept beside the level rather than derived from it.
 */
public enum OnlineClass {
    FULL, PARTIAL, NONE;

    /** What a level usually means under Decree 42; an administrator may choose otherwise. */
    public static OnlineClass usualFor(ServiceLevel level) {
        return switch (level) {
            case LEVEL_4 -> FULL;
            case LEVEL_3 -> PARTIAL;
            default -> NONE;
        };
    }
}
