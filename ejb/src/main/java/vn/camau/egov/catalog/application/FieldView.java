package vn.camau.egov.catalog.application;

import vn.camau.egov.catalog.domain.Field;

import java.io.Serializable;

/** A field of administration as pages show it. */
public record FieldView(String code, String name, String nameEn) implements Serializable {

    static FieldView of(Field f) {
        return new FieldView(f.getCode(), f.getName(), f.getNameEn());
    }

    public String nameIn(String language) {
        return "en".equals(language) && nameEn != null ? nameEn : name;
    }
}
