package cn.kesu.infrastructure.security;

import com.nulabinc.zxcvbn.StandardDictionaries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 密码规则 for every password a person chooses or is given (OWASP ASVS 4.0 level 2, section 2.1):
 * not one of the common passwords of zxcvbn's list (the 30,000 most frequent in leaked password sets,
 * so the 1,000 most common and many more), compared without case; at least {@value #MIN_LENGTH}
 * characters, at most {@value #MAX_LENGTH}; not containing the user name. No rules about character
 * classes, which only make people write passwords down.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = loadCommon();

    private PasswordRules() {
    }

    /** Refuses {@code password} for {@code username} with the first rule it breaks. */
    public static void check(String username, String password) {
        if (password == null) {
            throw new WeakPasswordException(WeakPasswordException.Reason.TOO_SHORT);
        }
        String folded = password.toLowerCase(Locale.ROOT);
        // Common first: "password" is refused as the guessable password it is, not merely as a short one.
        if (COMMON.contains(folded)) {
            throw new WeakPasswordException(WeakPasswordException.Reason.COMMON);
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new WeakPasswordException(WeakPasswordException.Reason.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            throw new WeakPasswordException(WeakPasswordException.Reason.TOO_LONG);
        }
        if (username != null && !username.isBlank() && folded.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new WeakPasswordException(WeakPasswordException.Reason.CONTAINS_USERNAME);
        }
    }

    private static Set<String> loadCommon() {
        try {
            return StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet().stream()
                    .map(common -> common.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("the common password list of zxcvbn cannot be read", e);
        }
    }
}
