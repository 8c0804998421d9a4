package cn.kesu.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kesu.infrastructure.security.WeakPasswordException.Reason;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

class PasswordRulesTest {

    @Test
    void everyOneOfTheThousandMostCommonPasswordsIsRefusedAsCommonInAnyCase() throws IOException {
        List<String> thousand = mostCommon(1000);
        assertEquals(1000, thousand.size());
        for (String common : thousand) {
            assertEquals(Reason.COMMON, refusal("zhangwei", common), common);
            assertEquals(Reason.COMMON, refusal("zhangwei", common.toUpperCase(Locale.ROOT)), common);
        }
    }

    @Test
    void longCommonPasswordsAreRefusedToo() {
        assertEquals(Reason.COMMON, refusal("zhangwei", "1qaz2wsx3edc"));
        assertEquals(Reason.COMMON, refusal("zhangwei", "123qweasdzxc"));
    }

    @Test
    void lengthIsCountedInCharactersNotBytes() {
        assertEquals(Reason.TOO_SHORT, refusal("zhangwei", "Xk9-vq2!mT7"));
        assertDoesNotThrow(() -> PasswordRules.check("zhangwei", "Xk9-vq2!mT7z"));
        assertDoesNotThrow(() -> PasswordRules.check("zhangwei", "品质第一客户至上持续改善"), "12 Chinese characters");
        assertEquals(Reason.TOO_SHORT, refusal("zhangwei", "品质第一客户至上持续改"));
        assertEquals(Reason.TOO_LONG, refusal("zhangwei", "x".repeat(PasswordRules.MAX_LENGTH) + "y"));
        assertEquals(Reason.TOO_SHORT, refusal("zhangwei", null));
    }

    @Test
    void aPasswordContainingTheUsernameIsRefusedInAnyCase() {
        assertEquals(Reason.CONTAINS_USERNAME, refusal("zhangwei", "my-ZhangWei-2026!"));
        assertEquals(Reason.CONTAINS_USERNAME, refusal("admin", "Admin-Kesu-2026"));
        assertDoesNotThrow(() -> PasswordRules.check("zhangwei", "quality-first-2026"));
    }

    private static Reason refusal(String username, String password) {
        return assertThrows(WeakPasswordException.class, () -> PasswordRules.check(username, password)).reason();
    }

    /** The head of zxcvbn's ranked list, read from the library's own resource as the rules read it. */
    private static List<String> mostCommon(int count) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                PasswordRules.class.getResourceAsStream("/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt"),
                StandardCharsets.UTF_8))) {
            return reader.lines().limit(count).toList();
        }
    }
}
