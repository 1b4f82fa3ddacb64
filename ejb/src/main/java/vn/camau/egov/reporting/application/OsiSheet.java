package vn.camau.egov.reporting.application;

import vn.camau.egov.reporting.domain.OsiMeasure;

import java.io.Serializable;
import java.util.List;

/** A unit's OSI self-assessment for a year: every question with its answer or measured score, and the raw OSI. */
public record OsiSheet(int year, String unitCode, String unitName, List<Line> lines, double raw) implements Serializable {

    /**
     * One question. A measured one has no answer; its score is what the platform measured (a share in
     * [0, 1]). An unanswered one scores 0.
     */
    public record Line(String code, String section, String text, double weight, OsiMeasure measure, Boolean answer,
                       double score) implements Serializable {

        public boolean measured() {
            return measure != null;
        }
    }
}
