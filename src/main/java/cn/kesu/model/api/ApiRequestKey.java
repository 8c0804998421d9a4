package cn.kesu.model.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * An idempotency key (幂等键) a client sent with a request that files something, and what that request filed.
 * A retry with the same key and the same request gets the same slip back instead of a second one; the same key
 * with another request is refused. Keys belong to their client: another client's key means nothing to it.
 */
@Entity
@Table(name = "api_request_key")
@NamedQuery(name = ApiRequestKey.OF_CLIENT,
        query = "select k from ApiRequestKey k where k.clientId = :client and k.requestKey = :key")
public class ApiRequestKey implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_CLIENT = "ApiRequestKey.ofClient";
    public static final int KEY_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Column(name = "request_key", nullable = false, updatable = false, length = KEY_LENGTH)
    private String requestKey;

    /** SHA-256 of what the request asked (its path and body), to tell a retry from another request. */
    @Column(name = "request_hash", nullable = false, updatable = false, length = 64)
    private String requestHash;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    /** The attachment the request added; null for a filed slip. */
    @Column(name = "attachment_id", updatable = false)
    private Long attachmentId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ApiRequestKey() {
    }

    public ApiRequestKey(Long clientId, String requestKey, String requestHash, Long caseId, Long attachmentId,
                         Instant createdAt) {
        this.clientId = clientId;
        this.requestKey = requestKey;
        this.requestHash = requestHash;
        this.caseId = caseId;
        this.attachmentId = attachmentId;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getClientId() { return clientId; }
    public String getRequestKey() { return requestKey; }
    public String getRequestHash() { return requestHash; }
    public Long getCaseId() { return caseId; }
    public Long getAttachmentId() { return attachmentId; }
    public Instant getCreatedAt() { return createdAt; }
}
