package vn.camau.egov.document.domain;

/** Độ khẩn, with the number edXML's OtherInfo/Priority carries. */
public enum Urgency {
    NORMAL(0), URGENT(1), VERY_URGENT(2), FLASH(3);

    private final int code;

    Urgency(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Urgency ofCode(int code) {
        for (Urgency u : values()) {
            if (u.code == code) {
                return u;
            }
        }
        // "hỏa tốc hẹn giờ" (4) is handled as flash
        return code > FLASH.code ? FLASH : NORMAL;
    }
}
