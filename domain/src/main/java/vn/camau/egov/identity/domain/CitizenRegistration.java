package vn.camau.egov.identity.domain;

import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.Text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a citizen types to register (đăng ký tài khoản): name, CCCD number (the future username),
 * e-mail, optional phone, password twice. {@link #validated()} reports every problem at once, each
 * under its field, and returns the cleaned values.
 */
public record CitizenRegistration(String fullName, String citizenId, String email, String phone,
                                  String password, String passwordConfirmation) implements Serializable {

    public CitizenRegistration validated() {
        String name = Text.clean(fullName);
        String id = Text.clean(citizenId);
        String mail = Text.clean(email);
        String tel = Text.normalisePhone(phone);
        List<FieldProblem> problems = new ArrayList<>();

        if (name == null) {
            problems.add(new FieldProblem("fullName", "registration.fullName.required"));
        } else if (!Text.isPersonName(name)) {
            problems.add(new FieldProblem("fullName", "registration.fullName.invalid"));
        }
        if (id == null) {
            problems.add(new FieldProblem("citizenId", "registration.citizenId.required"));
        } else if (!CitizenId.isValid(id)) {
            problems.add(new FieldProblem("citizenId", "registration.citizenId.invalid"));
        }
        if (mail == null) {
            problems.add(new FieldProblem("email", "registration.email.required"));
        } else if (!Text.isEmail(mail)) {
            problems.add(new FieldProblem("email", "registration.email.invalid"));
        }
        if (tel != null && !Text.isPhone(tel)) {
            problems.add(new FieldProblem("phone", "registration.phone.invalid"));
        }
        PasswordPolicy.check(password, id).ifPresent(key -> problems.add(new FieldProblem("password", key)));
        if (!Objects.equals(password, passwordConfirmation)) {
            problems.add(new FieldProblem("passwordConfirmation", "registration.passwordConfirmation.mismatch"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CitizenRegistration(name, id, mail.toLowerCase(Locale.ROOT), tel, password, passwordConfirmation);
    }

    /** Never print the password, not even in a log line. */
    @Override
    public String toString() {
        return "CitizenRegistration[" + citizenId + "]";
    }
}
