package cn.kesu.model.complaint;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Set;

/** Customer requests as one column, e.g. {@code ALLOWANCE,RETURN}. */
@Converter
public class CustomerRequestsConverter extends EnumSetConverter<CustomerRequest>
        implements AttributeConverter<Set<CustomerRequest>, String> {

    public CustomerRequestsConverter() {
        super(CustomerRequest.class);
    }

    @Override
    public String convertToDatabaseColumn(Set<CustomerRequest> attribute) {
        return toColumn(attribute);
    }

    @Override
    public Set<CustomerRequest> convertToEntityAttribute(String dbData) {
        return toSet(dbData);
    }
}
