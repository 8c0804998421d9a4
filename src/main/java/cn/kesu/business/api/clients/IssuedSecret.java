package cn.kesu.business.api.clients;

/**
 * A client's bearer token as the administrator sees it once, when the client is made or its secret renewed:
 * {@code <client key>.<secret>}. Only the secret's hash is kept, so it cannot be shown again.
 */
public record IssuedSecret(Long clientId, String clientKey, String token) {
}
