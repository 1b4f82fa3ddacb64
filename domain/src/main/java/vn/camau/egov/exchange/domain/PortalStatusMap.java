package vn.camau.egov.exchange.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The table from a dossier's local status to the national portal's status code (TrangThaiHoSo).
 * The defaults are the portal's codes as the province reads the integration guide; a province
 * changes any of them with the setting egov.portal.status-map ("NEW=1,PROCESSING=4,..."), without a
 * release, when the portal's operators say otherwise.
 */
public final class PortalStatusMap {

    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("NEW", "1");
        DEFAULTS.put("PROCESSING", "4");
        DEFAULTS.put("WAITING_SUPPLEMENT", "5");
        DEFAULTS.put("DENIED", "3");
        DEFAULTS.put("RELEASING", "9");
        DEFAULTS.put("DONE", "10");
        DEFAULTS.put("CANCELLED", "7");
    }

    private final Map<String, String> codes;

    private PortalStatusMap(Map<String, String> codes) {
        this.codes = codes;
    }

    /**
     * @param overrides "STATUS=code" pairs separated by commas; blank for the defaults
     * @throws IllegalArgumentException naming the pair that is not a known status with a code
     */
    public static PortalStatusMap of(String overrides) {
        Map<String, String> codes = new HashMap<>(DEFAULTS);
        if (overrides != null && !overrides.isBlank()) {
            for (String pair : overrides.split(",")) {
                String[] kv = pair.strip().split("=", 2);
                if (kv.length != 2 || !DEFAULTS.containsKey(kv[0].strip()) || !kv[1].strip().matches("[0-9A-Za-z_]{1,10}")) {
                    throw new IllegalArgumentException("egov.portal.status-map: not STATUS=code: " + pair.strip());
                }
                codes.put(kv[0].strip(), kv[1].strip());
            }
        }
        return new PortalStatusMap(Map.copyOf(codes));
    }

    /** The portal's code for a local status (its name). */
    public String codeOf(String status) {
        String code = codes.get(status);
        if (code == null) {
            throw new IllegalArgumentException("no portal code for " + status);
        }
        return code;
    }
}
