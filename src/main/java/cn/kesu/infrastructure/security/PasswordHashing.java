package cn.kesu.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * Hashes and verifies passwords with the platform's PBKDF2 hash, configured exactly as the login's
 * identity store, so a password set here is accepted at login and re-entered for signatures.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    Instance<Pbkdf2PasswordHash> demoHash;

    /** A hash of nothing anyone knows, made like a real user's, checked when the typed name matches no user. */
    private String decoy;

    @PostConstruct
    void configure() {
        configure(hash, PasswordPolicy.iterations());
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        decoy = hash.generate(HexFormat.of().formatHex(random).toCharArray());
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    /**
     * The hash of the demo users' published password, with {@value PasswordPolicy#PUBLISHED_DEMO_PASSWORD_ITERATIONS}
     * iterations (see {@link PasswordPolicy#PUBLISHED_DEMO_PASSWORD_ITERATIONS}); demo servers only.
     */
    public String hashPublishedDemoPassword(char[] password) {
        FirstAdministrator.requireDemoMode("客诉: the published demo password is for demo servers only");
        Pbkdf2PasswordHash published = demoHash.get();
        configure(published, PasswordPolicy.PUBLISHED_DEMO_PASSWORD_ITERATIONS);
        return published.generate(password);
    }

    private static void configure(Pbkdf2PasswordHash hash, int iterations) {
        hash.initialize(Map.of(
                key(PasswordPolicy.ALGORITHM), value(PasswordPolicy.ALGORITHM),
                key(PasswordPolicy.ITERATIONS_PARAMETER), String.valueOf(iterations),
                key(PasswordPolicy.SALT_BYTES), value(PasswordPolicy.SALT_BYTES),
                key(PasswordPolicy.KEY_BYTES), value(PasswordPolicy.KEY_BYTES)));
    }

    public boolean matches(char[] password, String storedHash) {
        return storedHash != null && hash.verify(password, storedHash);
    }

    /**
     * Like {@link #matches}, but for a user who may not exist ({@code storedHash} null): then the password is
     * checked against a decoy hash of the same cost and refused, so an unknown name takes as long as a wrong password.
     */
    public boolean matchesEvenIfUnknown(char[] password, String storedHash) {
        boolean matched = hash.verify(password, storedHash == null ? decoy : storedHash);
        return storedHash != null && matched;
    }

    private static String key(String parameter) {
        return parameter.substring(0, parameter.indexOf('='));
    }

    private static String value(String parameter) {
        return parameter.substring(parameter.indexOf('=') + 1);
    }
}
