package vn.camau.egov.identity.domain;

/** Loại đối tượng of the national portal: 1 citizen, 2 business. */
public enum ApplicantKind {
    CITIZEN(1),
    BUSINESS(2);

    private final int portalCode;

    ApplicantKind(int portalCode) {
        this.portalCode = portalCode;
    }

    /** The code the National Public Service Portal uses (LoaiDoiTuong). */
    public int portalCode() {
        return portalCode;
    }
}
