package vn.camau.egov.participation.domain;

import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.Text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person writes when they give feedback: on a procedure (its code) or on a regulation (its
 * name, and the unit it concerns), a title and the content, whether the answer may be published,
 * and, without an account, their name and a phone number or e-mail address to be answered at.
 */
public record FeedbackForm(String procedureCode, String regulation, String unitCode, String title, String content,
                           boolean privateAnswer, String name, String phone, String email) implements Serializable {

    public static final int TITLE = 500;
    public static final int CONTENT = 4000;
    public static final int REGULATION = 500;

    /** Every problem at once, by field; signedIn: the author's account stands for name and contact. */
    public void validate(boolean signedIn) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean onProcedure = Text.clean(procedureCode) != null;
        String reg = Text.clean(regulation);
        if (!onProcedure && (reg == null || Text.clean(unitCode) == null)) {
            problems.add(new FieldProblem("subject", "feedback.subject.required"));
        }
        if (reg != null && (reg.length() > REGULATION || Text.hasControlCharacters(reg))) {
            problems.add(new FieldProblem("regulation", "feedback.regulation.invalid", REGULATION));
        }
        String t = Text.clean(title);
        if (t == null || t.length() > TITLE || Text.hasControlCharacters(t)) {
            problems.add(new FieldProblem("title", "feedback.title.invalid", TITLE));
        }
        String c = Text.clean(content);
        if (c == null || c.length() > CONTENT || Text.hasControlCharacters(c)) {
            problems.add(new FieldProblem("content", "feedback.content.invalid", CONTENT));
        }
        if (!signedIn) {
            if (!Text.isPersonName(Text.clean(name))) {
                problems.add(new FieldProblem("name", "feedback.name.invalid"));
            }
            String p = Text.normalisePhone(phone);
            String e = Text.clean(email);
            if (p == null && e == null) {
                problems.add(new FieldProblem("phone", "feedback.contact.required"));
            }
            if (p != null && !Text.isPhone(p)) {
                problems.add(new FieldProblem("phone", "feedback.phone.invalid"));
            }
            if (e != null && !Text.isEmail(e)) {
                problems.add(new FieldProblem("email", "feedback.email.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
