package vn.camau.egov.identity.domain;

/**
 * Role names as compile-time constants, for {@code @RolesAllowed} and the web descriptor. The
 * names are what the identity store hands to the container as groups.
 */
public final class Roles {

    public static final String CITIZEN = "citizen";
    public static final String RECEPTION = "reception";
    public static final String SPECIALIST = "specialist";
    public static final String LEADER = "leader";
    public static final String CLERK = "clerk";
    public static final String UNIT_ADMIN = "unit-admin";
    public static final String PROVINCE_ADMIN = "province-admin";
    public static final String DIC_MONITOR = "dic-monitor";
    /** Not a person's role: the exchange's message consumers run as it when they hand over what came from the hub. */
    public static final String EXCHANGE = "exchange";

    private Roles() {
    }
}
