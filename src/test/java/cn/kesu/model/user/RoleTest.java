package cn.kesu.model.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

class RoleTest {

    @Test
    void everyRoleRoundTripsThroughItsContainerName() {
        RoleConverter converter = new RoleConverter();
        for (Role role : Role.values()) {
            assertEquals(role, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(role)));
        }
        assertEquals("business-manager", Role.BUSINESS_MANAGER.roleName());
    }

    @Test
    void theSpecsFourteenRolesExist() {
        assertEquals(14, Role.values().length);
    }

    @Test
    void unknownRoleNameIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Role.ofRoleName("superuser"));
    }

    @Test
    void aUserHoldsAtLeastOneRole() {
        assertThrows(IllegalArgumentException.class, () -> new AppUser("x1", "某人", Department.QA, null, "hash",
                List.of(), Instant.EPOCH));
        AppUser user = new AppUser("x1", "某人", Department.QA, null, "hash", Set.of(Role.QA, Role.QA_MANAGER), Instant.EPOCH);
        assertTrue(user.holds(Role.QA_MANAGER));
    }

    @Test
    void unknownLocaleFallsBackToChinese() {
        assertEquals(UserLocale.ZH_CN, UserLocale.ofTag("fr"));
        assertEquals(UserLocale.EN, UserLocale.ofTag("en"));
    }
}
