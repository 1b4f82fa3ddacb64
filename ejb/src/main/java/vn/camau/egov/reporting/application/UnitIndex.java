package vn.camau.egov.reporting.application;

import java.io.Serializable;

/**
 * One unit's indices for a year and its place in the province. Raw values are the unit's own; the
 * normalised ones (z-score, then min–max over the units that have the component) and the mini-EGDI
 * follow the UN method. The ranking score is the weighted mean (weights as data) of the on-time
 * rate, the online rate, report timeliness and the raw OSI, over the criteria the unit has: a unit
 * that resolved nothing has no on-time rate here (OpenCPS's 100 would reward having no dossiers).
 */
public record UnitIndex(String unitCode, String unitName, double osiRaw, Double osi, Double tiiRaw, Double tii,
                        Double hciRaw, Double hci, Double egdi, Double onTimeRate, Double onlineRate,
                        Double reportTimeliness, double score, int rank) implements Serializable {
}
