package cn.kesu.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Production hashes with 210,000 iterations; only the test server's own property lowers it. */
class PasswordPolicyTest {

    @Test
    void withoutTheTestPropertyNewHashesUse210000Iterations() {
        assertNull(System.getProperty(PasswordPolicy.TEST_ITERATIONS_PROPERTY), "the unit-test JVM is a production JVM");
        Map<String, String> parameters = configuredParameters();

        assertEquals("210000", parameters.get("Pbkdf2PasswordHash.Iterations"));
        assertEquals("PBKDF2WithHmacSHA512", parameters.get("Pbkdf2PasswordHash.Algorithm"));
        assertEquals(210_000, PasswordPolicy.iterations(null));
        assertEquals(210_000, PasswordPolicy.iterations(" "));
    }

    @Test
    void theLoginStoreIsDeclaredWith210000Iterations() {
        assertEquals("Pbkdf2PasswordHash.Iterations=210000", PasswordPolicy.ITERATIONS_PARAMETER);
    }

    @Test
    void theTestPropertyLowersTheCountForNewHashes() {
        assertEquals(1024, PasswordPolicy.iterations("1024"));
    }

    @Test
    void noServerConfigurationOrResourceOfTheApplicationSetsTheTestProperty() throws IOException {
        for (String root : new String[] {"wildfly-config", "src/main/resources", "src/main/webapp"}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".ttf")).forEach(f -> {
                    try {
                        assertFalse(Files.readString(f).contains(PasswordPolicy.TEST_ITERATIONS_PROPERTY), f.toString());
                    } catch (IOException unreadable) {
                        // binary resources cannot hold a setting
                    }
                });
            }
        }
        assertFalse(Files.readString(Path.of("pom.xml")).contains(PasswordPolicy.TEST_ITERATIONS_PROPERTY),
                "wildfly:run's server arguments");
    }

    @Test
    void anUnknownUserCostsOnePasswordHashLikeAKnownOneAndIsRefused() {
        List<String> verified = new ArrayList<>();
        PasswordHashing hashing = new PasswordHashing();
        hashing.hash = new Pbkdf2PasswordHash() {
            @Override
            public void initialize(Map<String, String> parameters) {
            }

            @Override
            public String generate(char[] password) {
                return "decoy";
            }

            @Override
            public boolean verify(char[] password, String hashedPassword) {
                verified.add(hashedPassword);
                return true;
            }
        };
        hashing.configure();

        assertFalse(hashing.matchesEvenIfUnknown("anything".toCharArray(), null), "an unknown user is refused");
        assertTrue(hashing.matchesEvenIfUnknown("anything".toCharArray(), "stored"));
        assertEquals(List.of("decoy", "stored"), verified, "one hash check each, the unknown one against the decoy");
    }

    private static Map<String, String> configuredParameters() {
        Map<String, String> seen = new HashMap<>();
        PasswordHashing hashing = new PasswordHashing();
        hashing.hash = new Pbkdf2PasswordHash() {
            @Override
            public void initialize(Map<String, String> parameters) {
                seen.putAll(parameters);
            }

            @Override
            public String generate(char[] password) {
                return "the decoy hash";
            }

            @Override
            public boolean verify(char[] password, String hashedPassword) {
                throw new UnsupportedOperationException();
            }
        };
        hashing.configure();
        return seen;
    }
}
