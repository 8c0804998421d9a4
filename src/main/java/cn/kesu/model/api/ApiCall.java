package cn.kesu.model.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * 接口调用记录: one call of the REST API, with the client that made it (or what it claimed to be, when it was
 * refused) and the answer's status. Written once and never changed, like the security events.
 */
@Entity
@Table(name = "api_call")
public class ApiCall implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PATH_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** The client's key; null when the call named none. */
    @Column(name = "client_key", updatable = false, length = 30)
    private String clientKey;

    @Column(nullable = false, updatable = false, length = 10)
    private String method;

    @Column(nullable = false, updatable = false, length = PATH_LENGTH)
    private String path;

    @Column(nullable = false, updatable = false)
    private int status;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    protected ApiCall() {
    }

    public ApiCall(Instant occurredAt, String clientKey, String method, String path, int status, String clientAddress) {
        this.occurredAt = occurredAt;
        this.clientKey = clientKey;
        // Any method a client sends is logged, cut to the column; a made-up long one must not lose its call's record.
        this.method = method.length() > 10 ? method.substring(0, 10) : method;
        this.path = path.length() > PATH_LENGTH ? path.substring(0, PATH_LENGTH) : path;
        this.status = status;
        this.clientAddress = clientAddress;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getClientKey() { return clientKey; }
    public String getMethod() { return method; }
    public String getPath() { return path; }
    public int getStatus() { return status; }
    public String getClientAddress() { return clientAddress; }
}
