package vn.camau.egov.catalog.application;

import vn.camau.egov.catalog.domain.Procedure;
import vn.camau.egov.catalog.domain.ServiceLevel;

import java.io.Serializable;

/** A procedure as a search result shows it. */
public record ProcedureSummary(String code, String name, String unitCode, String unitName, String unitNameEn,
                               String fieldName, String fieldNameEn, ServiceLevel level, int processingDays,
                               long totalFees, boolean active) implements Serializable {

    static ProcedureSummary of(Procedure p) {
        return new ProcedureSummary(p.getCode().value(), p.getName(), p.getUnit().getCode(), p.getUnit().getName(),
                p.getUnit().getNameEn(), p.getField().getName(), p.getField().getNameEn(), p.getLevel(),
                p.getProcessingDays(), p.getTotalFees(), p.isActive());
    }

    public String unitNameIn(String language) {
        return "en".equals(language) && unitNameEn != null ? unitNameEn : unitName;
    }

    public String fieldNameIn(String language) {
        return "en".equals(language) && fieldNameEn != null ? fieldNameEn : fieldName;
    }
}
