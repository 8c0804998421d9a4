package cn.kesu.model.user;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Role} by the container's role name, which the identity store's group query returns as is. */
@Converter(autoApply = true)
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.roleName();
    }

    @Override
    public Role convertToEntityAttribute(String roleName) {
        return roleName == null ? null : Role.ofRoleName(roleName);
    }
}
