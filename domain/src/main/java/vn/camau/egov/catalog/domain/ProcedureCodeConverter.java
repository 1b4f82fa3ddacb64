package vn.camau.egov.catalog.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link ProcedureCode} as its text. */
@Converter(autoApply = true)
public class ProcedureCodeConverter implements AttributeConverter<ProcedureCode, String> {

    @Override
    public String convertToDatabaseColumn(ProcedureCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public ProcedureCode convertToEntityAttribute(String value) {
        return value == null ? null : new ProcedureCode(value);
    }
}
