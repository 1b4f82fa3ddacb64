package vn.camau.egov.dossier.domain;

import vn.camau.egov.catalog.domain.FormField;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks the answers to a procedure's online form against its fields. */
public final class FormAnswers {

    private FormAnswers() {
    }

    /**
     * The cleaned answers, keyed by field; only the form's own fields are kept. Every problem is
     * reported under "form:key" with the field's label as the argument.
     */
    public static Map<String, String> check(List<FormField> fields, Map<String, String> answers) {
        Map<String, String> cleaned = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (FormField field : fields) {
            String value = Text.clean(answers == null ? null : answers.get(field.getKey()));
            if (value == null) {
                if (field.isRequired()) {
                    problems.add(new FieldProblem("form:" + field.getKey(), "dossier.form.required", field.getLabel()));
                }
                continue;
            }
            if (!field.getType().accepts(value, field.getOptions())) {
                problems.add(new FieldProblem("form:" + field.getKey(),
                        "dossier.form.invalid." + field.getType().name(), field.getLabel()));
                continue;
            }
            cleaned.put(field.getKey(), value);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cleaned;
    }
}
