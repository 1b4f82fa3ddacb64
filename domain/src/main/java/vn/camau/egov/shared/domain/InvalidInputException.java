package vn.camau.egov.shared.domain;

import java.io.Serializable;
import java.util.List;

/**
 * Input broke one or more rules; each problem names the field it belongs to so the page can show
 * it next to that field. Nothing was written.
 */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("error.invalidInput", problems.size());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Serializable... arguments) {
        this(List.of(new FieldProblem(field, messageKey, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One problem: the field (the form's input name), the message key and its arguments. */
    public record FieldProblem(String field, String messageKey, Serializable... arguments) implements Serializable {
    }
}
