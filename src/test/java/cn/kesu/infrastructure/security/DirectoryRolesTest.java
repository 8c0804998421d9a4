package cn.kesu.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

class DirectoryRolesTest {

    @Test
    void groupsGiveTheUnionOfTheirRolesAndTheFirstMappedGroupsDepartment() {
        DirectoryRoles roles = DirectoryRoles.parse(" kesu-business = business ; kesu-qa=qa, qa-manager;");

        assertTrue(roles.isEnabled());
        assertEquals(Optional.of(new DirectoryRoles.Assignment(Department.BUSINESS, Set.of(Role.BUSINESS, Role.QA,
                Role.QA_MANAGER))), roles.assign(List.of("KESU-QA", "kesu-business", "canteen")));
        assertEquals(Department.QA, roles.assign(List.of("kesu-qa")).orElseThrow().department());
        assertEquals(Optional.empty(), roles.assign(List.of("canteen")));
    }

    @Test
    void emptyMeansTheApplicationKeepsTheRoles() {
        assertFalse(DirectoryRoles.parse("").isEnabled());
        assertFalse(DirectoryRoles.parse(" ; ").isEnabled());
    }

    @Test
    void mistypedSettingsAreRefusedAndTheAdministratorsRoleIsNeverGiven() {
        assertThrows(IllegalArgumentException.class, () -> DirectoryRoles.parse("it=admin"));
        assertThrows(IllegalArgumentException.class, () -> DirectoryRoles.parse("kesu-qa=quality"));
        assertThrows(IllegalArgumentException.class, () -> DirectoryRoles.parse("=qa"));
        assertThrows(IllegalArgumentException.class, () -> DirectoryRoles.parse("kesu-qa"));
        assertThrows(IllegalArgumentException.class, () -> DirectoryRoles.parse("kesu-qa=,"));
    }
}
