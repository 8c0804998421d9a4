package cn.kesu.model.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * One failed sign-in or signature password, one lock or one unlock (安全事件). Written once and never
 * changed: the rows are both the count behind the lockout and the record the administrator reads.
 * The user name is what was typed, so attempts on names that do not exist are kept as well.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What fits the column of a typed name; longer input is cut, never refused, so it is still counted. */
    public static final int NAME_LENGTH = 50;
    public static final int ADDRESS_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private SecurityEventKind kind;

    @Column(updatable = false, length = NAME_LENGTH)
    private String username;

    @Column(name = "client_address", updatable = false, length = ADDRESS_LENGTH)
    private String clientAddress;

    /** The administrator who unlocked; null for what the sign-in itself recorded. */
    @Column(updatable = false, length = 50)
    private String actor;

    protected SecurityEvent() {
    }

    public SecurityEvent(Instant occurredAt, SecurityEventKind kind, String username, String clientAddress, String actor) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.username = cut(username, NAME_LENGTH);
        this.clientAddress = cut(clientAddress, ADDRESS_LENGTH);
        this.actor = actor;
    }

    /** Typed text as it may be stored and shown: control characters dropped, at most {@code length} characters. */
    public static String cut(String typed, int length) {
        if (typed == null) {
            return null;
        }
        String printable = typed.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (printable.length() <= length) {
            return printable;
        }
        int end = Character.isHighSurrogate(printable.charAt(length - 1)) ? length - 1 : length;
        return printable.substring(0, end);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public String getUsername() {
        return username;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getActor() {
        return actor;
    }
}
