package vn.camau.egov.participation.application;

import vn.camau.egov.participation.domain.Phase;

import java.io.Serializable;
import java.time.LocalDate;

/** A consultation in a list: what, by whom, when, where it stands. */
public record ConsultationSummary(long id, String title, String unitName, LocalDate opensOn, LocalDate closesOn,
                                  Phase phase, boolean hasSynthesis) implements Serializable {
}
