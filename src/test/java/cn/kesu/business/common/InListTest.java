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

        assertEquals("(:role0, :role1, :role2)", InList.of("role", List.of("qa", "business", "gm"), params));
        assertEquals(Map.of("role0", "qa", "role1", "business", "role2", "gm"), params);
    }

    @Test
    void oneValueNamesItsParameterTwiceSoThatHibernateKeepsTheTranslation() {
        Map<String, Object> params = new LinkedHashMap<>();

        assertEquals("(:own0, :own0)", InList.of("own", List.of("QA"), params));
        assertEquals(Map.of("own0", "QA"), params);
    }

    @Test
    void noValuesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> InList.of("id", List.of(), new LinkedHashMap<>()));
    }
}
