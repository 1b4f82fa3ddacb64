package vn.camau.egov.reporting.domain;

import java.util.List;

/**
 * A unit's raw OSI from its self-assessment: the weighted mean of its answers, each in [0, 1] (a
 * yes is 1, a no or a missing answer 0, a measured question its measured share). Across units it
 * is then normalised like the survey's OSI (IndexMath.normalise).
 */
public final class OsiScore {

    /** One answered question: its weight and its score in [0, 1]. */
    public record Answer(String code, double weight, double score) {
        public Answer {
            if (score < 0 || score > 1 || Double.isNaN(score)) {
                throw new IllegalArgumentException("an OSI answer scores in [0, 1]: " + code + " " + score);
            }
        }
    }

    private OsiScore() {
    }

    public static double raw(List<Answer> answers) {
        if (answers.isEmpty()) {
            return 0;
        }
        return IndexMath.weightedMean(answers.stream().map(Answer::score).toList(),
                answers.stream().map(Answer::weight).toList());
    }
}
