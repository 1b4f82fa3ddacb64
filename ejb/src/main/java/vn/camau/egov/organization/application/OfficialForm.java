package vn.camau.egov.organization.application;

import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.Text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an administrator types to add an official: the unit, a username and first password, the
 * person's details and roles.
 */
public record OfficialForm(String unitCode, String username, String password, String fullName, String position,
                           String email, String phone, Set<Role> roles) implements Serializable {

    public OfficialForm validated() {
        String user = Text.clean(username) == null ? null : Text.clean(username).toLowerCase(Locale.ROOT);
        String name = Text.clean(fullName);
        String mail = Text.clean(email);
        String tel = Text.normalisePhone(phone);
        String pos = Text.clean(position);
        List<FieldProblem> problems = new ArrayList<>();
        if (Text.clean(unitCode) == null) {
            problems.add(new FieldProblem("unit", "official.unit.required"));
        }
        if (name == null || !Text.isPersonName(name)) {
            problems.add(new FieldProblem("fullName", "registration.fullName.invalid"));
        }
        if (pos != null && (pos.length() > 128 || Text.hasControlCharacters(pos))) {
            problems.add(new FieldProblem("position", "official.position.invalid"));
        }
        if (mail != null && !Text.isEmail(mail)) {
            problems.add(new FieldProblem("email", "registration.email.invalid"));
        }
        if (tel != null && !Text.isPhone(tel)) {
            problems.add(new FieldProblem("phone", "registration.phone.invalid"));
        }
        if (roles == null || roles.isEmpty() || roles.contains(Role.CITIZEN)) {
            problems.add(new FieldProblem("roles", "account.roles.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new OfficialForm(Text.clean(unitCode), user, password, name, pos,
                mail == null ? null : mail.toLowerCase(Locale.ROOT), tel, EnumSet.copyOf(roles));
    }

    @Override
    public String toString() {
        return "OfficialForm[" + unitCode + "/" + username + "]";
    }
}
