package cn.kesu.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Hashes and verifies passwords with the platform's PBKDF2 hash, configured exactly as the login's
 * identity store, so a password set here is accepted at login and re-entered for signatures.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                key(PasswordPolicy.ALGORITHM), value(PasswordPolicy.ALGORITHM),
                key(PasswordPolicy.ITERATIONS_PARAMETER), String.valueOf(PasswordPolicy.iterations()),
                key(PasswordPolicy.SALT_BYTES), value(PasswordPolicy.SALT_BYTES),
                key(PasswordPolicy.KEY_BYTES), value(PasswordPolicy.KEY_BYTES)));
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return storedHash != null && hash.verify(password, storedHash);
    }

    private static String key(String parameter) {
        return parameter.substring(0, parameter.indexOf('='));
    }

    private static String value(String parameter) {
        return parameter.substring(parameter.indexOf('=') + 1);
    }
}
