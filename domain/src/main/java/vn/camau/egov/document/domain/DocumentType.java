package vn.camau.egov.document.domain;

/**
 * Kinds of official document (Decree 30/2020/NĐ-CP), with the abbreviation their notation uses:
 * "123/QĐ-UBND" is decision 123 of the People's Committee. A letter (công văn) has no type in its
 * notation: "123/UBND-VP".
 */
public enum DocumentType {
    LETTER("CV", 1),
    DECISION("QĐ", 2),
    DIRECTIVE("CT", 3),
    PLAN("KH", 4),
    NOTICE("TB", 5),
    REPORT("BC", 6),
    SUBMISSION("TTr", 7),
    INVITATION("GM", 8),
    OFFICIAL_TELEGRAM("CĐ", 9);

    private final String abbreviation;
    private final int code;

    DocumentType(String abbreviation, int code) {
        this.abbreviation = abbreviation;
        this.code = code;
    }

    public String abbreviation() {
        return abbreviation;
    }

    /** The number edXML's DocumentType/Type carries. */
    public int code() {
        return code;
    }

    public static java.util.Optional<DocumentType> ofCode(int code) {
        for (DocumentType t : values()) {
            if (t.code == code) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }

    /** The notation after the number: "UBND-VP" for a letter, "QĐ-UBND" otherwise. */
    public String notation(String issuer, String draftingOffice) {
        if (this == LETTER) {
            return draftingOffice == null || draftingOffice.isBlank() ? issuer : issuer + "-" + draftingOffice;
        }
        return abbreviation + "-" + issuer;
    }
}
