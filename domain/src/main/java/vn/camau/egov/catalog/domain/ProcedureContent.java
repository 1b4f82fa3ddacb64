package vn.camau.egov.catalog.domain;

import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.Text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an administrator writes for a procedure, the content of one version. {@link #validated()}
 * reports every problem by field and returns the cleaned content.
 */
public record ProcedureContent(String name, String fieldCode, ServiceLevel level, OnlineClass onlineClass,
                               int processingDays, String resultName, String legalBasis, boolean priority1819,
                               List<Fee> fees, List<RequiredDocument> documents, List<FormField> formFields,
                               List<ProcessStep> steps) implements Serializable {

    public static final int MAX_DAYS = 365;

    public ProcedureContent {
        fees = fees == null ? List.of() : List.copyOf(fees);
        documents = documents == null ? List.of() : List.copyOf(documents);
        formFields = formFields == null ? List.of() : List.copyOf(formFields);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public ProcedureContent validated() {
        String n = Text.clean(name);
        String result = Text.clean(resultName);
        String legal = Text.clean(legalBasis);
        List<FieldProblem> problems = new ArrayList<>();
        if (n == null || n.length() > 500 || Text.hasControlCharacters(n)) {
            problems.add(new FieldProblem("name", "procedure.name.invalid"));
        }
        if (Text.clean(fieldCode) == null) {
            problems.add(new FieldProblem("field", "procedure.field.required"));
        }
        if (level == null) {
            problems.add(new FieldProblem("level", "procedure.level.required"));
        }
        if (processingDays < 0 || processingDays > MAX_DAYS) {
            problems.add(new FieldProblem("processingDays", "procedure.processingDays.invalid", MAX_DAYS));
        }
        if (result != null && result.length() > 500) {
            problems.add(new FieldProblem("resultName", "procedure.resultName.invalid"));
        }
        if (legal != null && legal.length() > 4000) {
            problems.add(new FieldProblem("legalBasis", "procedure.legalBasis.tooLong"));
        }
        if (steps.isEmpty()) {
            problems.add(new FieldProblem("steps", "procedure.steps.required"));
        } else if (steps.stream().mapToInt(ProcessStep::getBudgetDays).sum() > processingDays) {
            problems.add(new FieldProblem("steps", "procedure.steps.overBudget", processingDays));
        }
        Set<String> keys = new HashSet<>();
        for (FormField f : formFields) {
            if (!keys.add(f.getKey())) {
                problems.add(new FieldProblem("formFields", "procedure.formFields.duplicateKey", f.getKey()));
            }
        }
        if (level != null && level.acceptsOnlineSubmission() && documents.isEmpty() && formFields.isEmpty()) {
            problems.add(new FieldProblem("documents", "procedure.online.needsContent"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ProcedureContent(n, Text.clean(fieldCode), level,
                onlineClass == null ? OnlineClass.usualFor(level) : onlineClass, processingDays, result, legal,
                priority1819, fees, documents, formFields, steps);
    }

    public long totalFees() {
        return fees.stream().mapToLong(Fee::getAmount).sum();
    }
}
