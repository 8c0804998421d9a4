package cn.kesu.model.api;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A client's scopes in one column, as their names separated by commas ("INTAKE,READ"). */
@Converter
public class ApiScopesConverter implements AttributeConverter<Set<ApiScope>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<ApiScope> convertToEntityAttribute(String column) {
        EnumSet<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(ApiScope::valueOf).forEach(scopes::add);
        }
        return scopes;
    }
}
