package vn.camau.egov.identity.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link CitizenId} as its 12 digits. */
@Converter(autoApply = true)
public class CitizenIdConverter implements AttributeConverter<CitizenId, String> {

    @Override
    public String convertToDatabaseColumn(CitizenId id) {
        return id == null ? null : id.value();
    }

    @Override
    public CitizenId convertToEntityAttribute(String value) {
        return value == null ? null : new CitizenId(value);
    }
}
