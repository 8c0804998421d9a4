package cn.kesu.model.api;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * 接口客户端: one machine allowed to call the REST API, created by the administrator. Its secret is shown once
 * when it is made and kept only as a SHA-256 hash: the secret is 32 random bytes, so unlike a person's password
 * it needs no slow hash to resist guessing. A disabled client is refused at its next call. Its changes are kept in
 * the history: who made, renewed, disabled or enabled it.
 */
@Entity
@Audited
@Table(name = "api_client")
@NamedQuery(name = ApiClient.BY_KEY, query = "select c from ApiClient c where c.clientKey = :key")
@NamedQuery(name = ApiClient.ALL, query = "select c from ApiClient c order by c.clientKey")
public class ApiClient implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_KEY = "ApiClient.byKey";
    public static final String ALL = "ApiClient.all";

    /** Every API caller's name starts so: user names cannot hold a colon, so no person is ever taken for a machine. */
    public static final String PRINCIPAL_PREFIX = "api:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_key", nullable = false, unique = true, updatable = false, length = 30)
    private String clientKey;

    @Column(nullable = false, length = 100)
    private String name;

    @Convert(converter = ApiScopesConverter.class)
    @Column(nullable = false, length = 100)
    private Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);

    /** In the history too, so that a renewal is a revision: a hash of 32 random bytes gives nothing away. */
    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "requests_per_minute", nullable = false)
    private int requestsPerMinute;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 50)
    private String createdBy;

    @Version
    private long version;

    protected ApiClient() {
    }

    public ApiClient(String clientKey, String name, Set<ApiScope> scopes, int requestsPerMinute, String secretHash,
                     Instant createdAt, String createdBy) {
        this.clientKey = clientKey;
        this.name = name;
        this.scopes = EnumSet.copyOf(scopes);
        this.requestsPerMinute = requestsPerMinute;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The name the client's calls carry (修改人 in the history, 创建人 of the slips it files). */
    public String principal() {
        return PRINCIPAL_PREFIX + clientKey;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    /** A new secret replaces the old one at once: calls with the old secret are refused from now on. */
    public void replaceSecret(String newSecretHash) {
        secretHash = newSecretHash;
    }

    public Long getId() { return id; }
    public String getClientKey() { return clientKey; }
    public String getName() { return name; }
    public Set<ApiScope> getScopes() { return EnumSet.copyOf(scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : scopes); }
    public String getSecretHash() { return secretHash; }
    public int getRequestsPerMinute() { return requestsPerMinute; }
    public boolean isEnabled() { return enabled; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
}
