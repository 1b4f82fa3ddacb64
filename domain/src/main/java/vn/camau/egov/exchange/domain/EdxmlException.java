package vn.camau.egov.exchange.domain;

import java.util.List;

/** A message that cannot be read, or that breaks the standard's rules: every problem found. */
public class EdxmlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<EdxmlProblem> problems;

    public EdxmlException(List<EdxmlProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public EdxmlException(EdxmlProblem problem) {
        this(List.of(problem));
    }

    public List<EdxmlProblem> problems() {
        return problems;
    }

    /** Something like "N.MessageHeader.Subject; R.MessageHeader.Content (over 500 characters)", for a status 02's description. */
    public String describe() {
        return String.join("; ", problems.stream().map(EdxmlProblem::toString).toList());
    }
}
