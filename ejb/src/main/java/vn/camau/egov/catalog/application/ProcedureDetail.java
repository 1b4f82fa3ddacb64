package vn.camau.egov.catalog.application;

import vn.camau.egov.catalog.domain.Fee;
import vn.camau.egov.catalog.domain.FormField;
import vn.camau.egov.catalog.domain.OnlineClass;
import vn.camau.egov.catalog.domain.ProcedureContent;
import vn.camau.egov.catalog.domain.ProcedureVersion;
import vn.camau.egov.catalog.domain.ProcessStep;
import vn.camau.egov.catalog.domain.RequiredDocument;
import vn.camau.egov.catalog.domain.ServiceLevel;

import java.io.Serializable;
import java.util.List;

/** A procedure's current version, everything its public page and the submission form need. */
public record ProcedureDetail(String code, long versionId, int versionNumber, String name, String unitCode,
                              String unitName, String unitNameEn, String fieldCode, String fieldName,
                              ServiceLevel level, OnlineClass onlineClass, int processingDays, String resultName,
                              String legalBasis, boolean priority1819, List<Fee> fees, List<RequiredDocument> documents,
                              List<FormField> formFields, List<ProcessStep> steps, boolean active)
        implements Serializable {

    static ProcedureDetail of(ProcedureVersion v) {
        var p = v.getProcedure();
        return new ProcedureDetail(p.getCode().value(), v.getId(), v.getNumber(), v.getName(), p.getUnit().getCode(),
                p.getUnit().getName(), p.getUnit().getNameEn(), v.getField().getCode(), v.getField().getName(),
                v.getLevel(), v.getOnlineClass(), v.getProcessingDays(), v.getResultName(), v.getLegalBasis(),
                v.isPriority1819(), v.getFees(), v.getDocuments(), v.getFormFields(), v.getSteps(), p.isActive());
    }

    public long totalFees() {
        return fees.stream().mapToLong(Fee::getAmount).sum();
    }

    public boolean acceptsOnlineSubmission() {
        return active && level.acceptsOnlineSubmission();
    }

    public String unitNameIn(String language) {
        return "en".equals(language) && unitNameEn != null ? unitNameEn : unitName;
    }

    /** The content, to start an edit from. */
    public ProcedureContent content() {
        return new ProcedureContent(name, fieldCode, level, onlineClass, processingDays, resultName, legalBasis,
                priority1819, fees, documents, formFields, steps);
    }
}
