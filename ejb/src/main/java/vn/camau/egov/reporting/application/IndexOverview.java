package vn.camau.egov.reporting.application;

import java.io.Serializable;
import java.util.List;

/** A year's ranking of units and the moves that would raise the province's OSI most. */
public record IndexOverview(List<UnitIndex> ranking, List<OsiMove> moves) implements Serializable {
}
