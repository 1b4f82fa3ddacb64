package vn.camau.egov.organization.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link AgencyId} as its text. */
@Converter(autoApply = true)
public class AgencyIdConverter implements AttributeConverter<AgencyId, String> {

    @Override
    public String convertToDatabaseColumn(AgencyId id) {
        return id == null ? null : id.value();
    }

    @Override
    public AgencyId convertToEntityAttribute(String value) {
        return value == null ? null : new AgencyId(value);
    }
}
