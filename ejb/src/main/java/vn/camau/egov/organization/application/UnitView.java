package vn.camau.egov.organization.application;

import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.organization.domain.UnitKind;

import java.io.Serializable;

/** A unit as pages show it. */
public record UnitView(long id, String code, String name, String nameEn, UnitKind kind, String agencyId,
                       String statisticalCode, String parentCode, boolean active) implements Serializable {

    public static UnitView of(Unit u) {
        return new UnitView(u.getId(), u.getCode(), u.getName(), u.getNameEn(), u.getKind(), u.getAgencyId().value(),
                u.getStatisticalCode(), u.getParent() == null ? null : u.getParent().getCode(), u.isActive());
    }

    /** The name in the visitor's language; Vietnamese when there is no English name. */
    public String nameIn(String language) {
        return "en".equals(language) && nameEn != null ? nameEn : name;
    }
}
