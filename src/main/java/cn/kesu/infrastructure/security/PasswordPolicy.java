package cn.kesu.infrastructure.security;

/**
 * PBKDF2 parameters, shared as constants because the identity store's annotation needs them at
 * compile time and {@link PasswordHashing} must hash new passwords the same way.
 * 210,000 iterations of HMAC-SHA-512 follow OWASP's 2023 advice for PBKDF2.
 */
final class PasswordPolicy {

    static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    static final String SALT_BYTES = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String KEY_BYTES = "Pbkdf2PasswordHash.KeySizeBytes=64";

    private PasswordPolicy() {
    }
}
