package vn.camau.egov.organization.domain;

/** What kind of body a unit is; decides where it sits in the province. */
public enum UnitKind {
    /** Ủy ban nhân dân tỉnh. */
    PROVINCIAL_COMMITTEE,
    /** Văn phòng Ủy ban nhân dân tỉnh. */
    COMMITTEE_OFFICE,
    /** Sở, ban, ngành. */
    DEPARTMENT,
    /** Thành phố trực thuộc tỉnh. */
    CITY,
    /** Huyện. */
    DISTRICT,
    /** Xã, phường, thị trấn. */
    COMMUNE
}
