package vn.camau.egov.dossier.domain;

/** The applicant's rating of the service (đánh giá mức độ hài lòng). */
public enum SatisfactionRating {
    VERY_SATISFIED, SATISFIED, UNSATISFIED, VERY_UNSATISFIED;

    public boolean isSatisfied() {
        return this == VERY_SATISFIED || this == SATISFIED;
    }
}
