package cn.kesu.model.complaint;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Set;

/** The documents sent with a contact as one column, e.g. {@code FINAL_ANSWER,INITIAL_REPORT}. */
@Converter
public class ContactDocumentsConverter extends EnumSetConverter<ContactDocument>
        implements AttributeConverter<Set<ContactDocument>, String> {

    public ContactDocumentsConverter() {
        super(ContactDocument.class);
    }

    @Override
    public String convertToDatabaseColumn(Set<ContactDocument> attribute) {
        return toColumn(attribute);
    }

    @Override
    public Set<ContactDocument> convertToEntityAttribute(String dbData) {
        return toSet(dbData);
    }
}
