package vn.camau.egov.organization.application;

import vn.camau.egov.organization.domain.AgencyId;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.organization.domain.UnitKind;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.Text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What an administrator types to create a unit. {@link #validated()} reports every problem by field. */
public record UnitForm(String code, String name, String nameEn, UnitKind kind, String agencyId,
                       String statisticalCode, String parentCode) implements Serializable {

    public UnitForm validated() {
        String c = Text.clean(code) == null ? null : Text.clean(code).toUpperCase(Locale.ROOT);
        String n = Text.clean(name);
        String a = Text.clean(agencyId);
        String s = Text.clean(statisticalCode);
        List<FieldProblem> problems = new ArrayList<>();
        if (!Unit.isValidCode(c)) {
            problems.add(new FieldProblem("code", "unit.code.invalid"));
        }
        if (n == null || n.length() > 255 || Text.hasControlCharacters(n)) {
            problems.add(new FieldProblem("name", "unit.name.invalid"));
        }
        String en = Text.clean(nameEn);
        if (en != null && (en.length() > 255 || Text.hasControlCharacters(en))) {
            problems.add(new FieldProblem("nameEn", "unit.name.invalid"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "unit.kind.required"));
        }
        if (!AgencyId.isValid(a)) {
            problems.add(new FieldProblem("agencyId", "unit.agencyId.invalid"));
        }
        if (s != null && !Unit.isValidStatisticalCode(s)) {
            problems.add(new FieldProblem("statisticalCode", "unit.statisticalCode.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new UnitForm(c, n, en, kind, a, s, Text.clean(parentCode));
    }
}
