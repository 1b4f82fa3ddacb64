package vn.camau.egov.document.domain;

/**
 * Độ mật. Only documents that are not classified travel over the national document axis: a
 * classified document goes by the confidential channels the law prescribes, outside this system.
 */
public enum Confidentiality {
    NORMAL, CONFIDENTIAL, SECRET, TOP_SECRET;

    public boolean mayTravelElectronically() {
        return this == NORMAL;
    }
}
