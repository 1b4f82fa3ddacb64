package vn.camau.egov.participation.web;

import jakarta.faces.context.FacesContext;

/** Numbers read from the address: a missing or unreadable one is the fallback (or null). */
final class Params {

    private Params() {
    }

    static Long number(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static int page() {
        Long n = number("page");
        return n == null ? 0 : (int) Math.max(0, Math.min(n, 10_000));
    }
}
