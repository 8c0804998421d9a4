package cn.kesu.model.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.Instant;

/**
 * The group-robot message (企业微信 / 钉钉) a notice owes its department, beside its mail: first due when the mail
 * is, claimed by one sender at a time, marked sent once the robot took it (or when the department has no robot),
 * retried later when it did not ({@code MailClaims} keeps these columns).
 */
@Embeddable
public class ChatDelivery implements Serializable {

    private static final long serialVersionUID = 1L;

    /** When a refused message is tried again; null before any refusal (it is then due with the mail). */
    @Column(name = "chat_retry_at")
    private Instant retryAt;

    @Column(name = "chat_claimed_until")
    private Instant claimedUntil;

    @Column(name = "chat_sent_at")
    private Instant sentAt;

    @Column(name = "chat_attempts", nullable = false)
    private int attempts;

    @Column(name = "chat_error", length = 500)
    private String error;

    public ChatDelivery() {
        // Not yet sent, due with the notice's mail.
    }

    public Instant getRetryAt() { return retryAt; }
    public Instant getSentAt() { return sentAt; }
    public int getAttempts() { return attempts; }
    public String getError() { return error; }
    public boolean isSent() { return sentAt != null; }
}
