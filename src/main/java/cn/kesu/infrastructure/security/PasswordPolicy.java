package cn.kesu.infrastructure.security;

import java.util.logging.Logger;

/**
 * PBKDF2 parameters of every stored password hash ({@link PasswordHashing}).
 * 210,000 iterations of HMAC-SHA-512 follow OWASP's 2023 advice for PBKDF2.
 *
 * <p>Each stored hash carries its own iteration count, so verifying always uses the count the hash was
 * made with. Only the test server lowers the count for new hashes, through the system property
 * {@value #TEST_ITERATIONS_PROPERTY} that its Arquillian configuration sets: a signed action then costs
 * milliseconds instead of half a second. No production setting, file or default reaches that property,
 * and a lowered count is logged at every start.
 */
final class PasswordPolicy {

    static final int ITERATIONS = 210_000;

    /**
     * For the demo users' shared password only, which the README publishes: its hash protects nothing, and
     * the demo's history re-checks it for each of its several hundred signatures at start-up.
     */
    static final int PUBLISHED_DEMO_PASSWORD_ITERATIONS = 1_024;
    static final String TEST_ITERATIONS_PROPERTY = "kesu.test.passwordIterations";

    static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    static final String ITERATIONS_PARAMETER = "Pbkdf2PasswordHash.Iterations=" + ITERATIONS;
    static final String SALT_BYTES = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String KEY_BYTES = "Pbkdf2PasswordHash.KeySizeBytes=64";

    private static final Logger LOG = Logger.getLogger(PasswordPolicy.class.getName());

    private PasswordPolicy() {
    }

    /** The iteration count for new hashes: 210,000 unless the test server's property lowers it. */
    static int iterations(String testProperty) {
        if (testProperty == null || testProperty.isBlank()) {
            return ITERATIONS;
        }
        int lowered = Integer.parseInt(testProperty.strip());
        LOG.warning(() -> "客诉: new password hashes use " + lowered + " PBKDF2 iterations ("
                + TEST_ITERATIONS_PROPERTY + "); this is for the test server only");
        return lowered;
    }

    static int iterations() {
        return iterations(System.getProperty(TEST_ITERATIONS_PROPERTY));
    }
}
