package vn.camau.egov.reporting.application;

import java.io.Serializable;

/**
 * One thing a unit could do for the province's OSI, with what it would add: raise all its
 * procedures to level 4 (no question code; the description is how many procedures), or make true a
 * question it answers no (the description is the question). Listed largest gain first.
 */
public record OsiMove(String unitCode, String unitName, String questionCode, String description, double unitGain,
                      double provinceGain) implements Serializable {
}
