package vn.camau.egov.shared.web;

/**
 * Where a visitor may be sent back to after a language switch or a sign-in: only a path on this
 * site. Anything else (another host, a scheme, a protocol-relative or backslash trick, control
 * characters) becomes the home page, so no link of ours can send people elsewhere.
 */
public final class LocalPaths {

    private LocalPaths() {
    }

    public static String orHome(String contextPath, String requested) {
        String home = contextPath + "/";
        if (requested == null || requested.isEmpty() || requested.length() > 2000) {
            return home;
        }
        boolean local = requested.startsWith("/") && !requested.startsWith("//") && !requested.contains("\\")
                && requested.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
        return local && requested.startsWith(home) ? requested : home;
    }
}
