package cn.kesu.model.complaint;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Set;

/** Dispositions as one column, e.g. {@code ALLOWANCE,RETURN}. */
@Converter
public class DispositionsConverter extends EnumSetConverter<Disposition>
        implements AttributeConverter<Set<Disposition>, String> {

    public DispositionsConverter() {
        super(Disposition.class);
    }

    @Override
    public String convertToDatabaseColumn(Set<Disposition> attribute) {
        return toColumn(attribute);
    }

    @Override
    public Set<Disposition> convertToEntityAttribute(String dbData) {
        return toSet(dbData);
    }
}
