package vn.camau.egov.reporting.application;

import java.io.Serializable;
import java.util.List;

/**
 * What raising some procedures to level 4 would do, before anything is changed: the unit's raw and
 * normalised OSI and the province's OSI (the mean of its units' raw OSI), before and after.
 */
public record WhatIf(String unitCode, List<String> procedures, double unitRawBefore, double unitRawAfter,
                     Double unitOsiBefore, Double unitOsiAfter, double provinceBefore, double provinceAfter)
        implements Serializable {
}
