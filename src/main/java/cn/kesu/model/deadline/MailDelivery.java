package cn.kesu.model.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.Instant;

/**
 * The e-mail a reminder or investigation owes its department: due in working hours, claimed by one
 * sender at a time, marked sent once the relay took it, retried with growing pauses when it did not
 * ({@code MailClaims} keeps these columns). Nothing is dropped: a notice stays unsent until a relay
 * accepts it.
 */
@Embeddable
public class MailDelivery implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "mail_due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "mail_claimed_until")
    private Instant claimedUntil;

    @Column(name = "mail_sent_at")
    private Instant sentAt;

    @Column(name = "mail_attempts", nullable = false)
    private int attempts;

    @Column(name = "mail_error", length = 500)
    private String error;

    protected MailDelivery() {
    }

    public MailDelivery(Instant dueAt) {
        this.dueAt = dueAt;
    }

    public Instant getDueAt() { return dueAt; }
    public Instant getSentAt() { return sentAt; }
    public int getAttempts() { return attempts; }
    public String getError() { return error; }
    public boolean isSent() { return sentAt != null; }
}
