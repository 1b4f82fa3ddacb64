package vn.camau.egov.shared.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * The network address of the visitor whose request is being served, for the audit trail. The web
 * module fills it in for every HTTP request; for messages and timers it stays empty.
 */
@RequestScoped
public class ClientAddress {

    private String address;

    public String get() {
        return address;
    }

    public void set(String address) {
        this.address = address;
    }
}
