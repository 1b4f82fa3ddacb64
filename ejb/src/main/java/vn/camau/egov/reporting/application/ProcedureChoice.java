package vn.camau.egov.reporting.application;

import java.io.Serializable;

/** A procedure the what-if can raise to level 4: its code, name and current level. */
public record ProcedureChoice(String code, String name, int level) implements Serializable {
}
