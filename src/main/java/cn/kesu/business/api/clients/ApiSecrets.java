package cn.kesu.business.api.clients;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The bearer tokens of API clients: {@code <client key>.<secret>}, the secret 32 random bytes in URL-safe Base64.
 * Only SHA-256 of the secret is stored, and a presented secret is compared with it in constant time.
 */
public final class ApiSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiSecrets() {
    }

    /** A fresh secret. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String token(String clientKey, String secret) {
        return clientKey + "." + secret;
    }

    public static String hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** The client key and the secret of a presented token; empty when it has not that shape. */
    public static Optional<String[]> split(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 2 || dot > 30 || dot == token.length() - 1 || token.length() > 200) {
            return Optional.empty();
        }
        return Optional.of(new String[] {token.substring(0, dot), token.substring(dot + 1)});
    }
}
