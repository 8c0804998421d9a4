package cn.kesu.business.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

class InListTest {

    @Test
    void oneParameterPerValueInOrder() {
        Map<String, Object> params = new LinkedHashMap<>();

        assertEquals("c.holderRole in (:role0, :role1, :role2)",
                InList.of("c.holderRole", "role", List.of("qa", "business", "gm"), params));
        assertEquals(Map.of("role0", "qa", "role1", "business", "role2", "gm"), params);
    }

    @Test
    void oneValueIsAnEqualitySoThatTheDatabaseReadsAnIndexInOrder() {
        Map<String, Object> params = new LinkedHashMap<>();

        assertEquals("a.owner = :own0", InList.of("a.owner", "own", List.of("QA"), params));
        assertEquals(Map.of("own0", "QA"), params);
    }

    @Test
    void noValuesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> InList.of("c.id", "id", List.of(), new LinkedHashMap<>()));
    }
}
