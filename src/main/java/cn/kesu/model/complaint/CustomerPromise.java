package cn.kesu.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;

/**
 * 对客户的承诺: something the customer is owed by a time (SPEC section 3, issue 14), from {@code since} — when the
 * promise began — to {@code dueAt}. The first contact with the customer at or after {@code since} that answers it
 * keeps it, at the contact's own time, so a promise kept after its time stays late in the statistics. One still
 * open after its time gets 催办单 to business while the case is open.
 */
@Entity
@Table(name = "customer_promise")
@NamedQuery(name = CustomerPromise.OF_COMPLAINT, query = "select p from CustomerPromise p where p.complaint.id = :caseId"
        + " order by p.dueAt, p.id")
public class CustomerPromise implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_COMPLAINT = "CustomerPromise.ofComplaint";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private PromiseKind kind;

    @Column(nullable = false, updatable = false)
    private Instant since;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "kept_at")
    private Instant keptAt;

    @Column(name = "contact_id")
    private Long contactId;

    /** When the case closed with this promise not kept: missed for good, no longer watched. */
    @Column(name = "lapsed_at")
    private Instant lapsedAt;

    @Version
    private long version;

    protected CustomerPromise() {
    }

    public CustomerPromise(Complaint complaint, PromiseKind kind, Instant since, Instant dueAt) {
        this.complaint = complaint;
        this.kind = kind;
        this.since = since;
        this.dueAt = dueAt;
    }

    /**
     * Whether this contact keeps the promise: it is still open, answers its kind, and came when the promise had
     * begun. A progress promise begins at the contact before it, which does not keep it; any other may be kept at
     * the very moment it began, as by the call in which the customer complained.
     */
    public boolean keptBy(CustomerContact contact) {
        Instant at = contact.getContactedAt();
        boolean begun = kind == PromiseKind.PROGRESS ? at.isAfter(since) : !at.isBefore(since);
        return keptAt == null && begun && kind.keptBy(contact.getDocuments());
    }

    /** An earlier time, as when the case became a crisis before the promise was kept; never a later one. */
    public void bringForward(Instant earlier) {
        if (keptAt == null && earlier.isBefore(dueAt)) {
            dueAt = earlier;
        }
    }

    public void keep(CustomerContact contact) {
        keptAt = contact.getContactedAt();
        contactId = contact.getId();
    }

    public boolean isKept() {
        return keptAt != null;
    }

    /** Where a promise stands: kept by its time or after it, open within its time, or open past it. */
    public enum State {
        KEPT, KEPT_LATE, OPEN, OVERDUE;

        public String labelKey() {
            return "promise.state." + name();
        }
    }

    public State state(Instant now) {
        if (keptAt != null) {
            return keptAt.isAfter(dueAt) ? State.KEPT_LATE : State.KEPT;
        }
        return now.isAfter(dueAt) ? State.OVERDUE : State.OPEN;
    }

    public Long getId() { return id; }
    public Complaint getComplaint() { return complaint; }
    public PromiseKind getKind() { return kind; }
    public Instant getSince() { return since; }
    public Instant getDueAt() { return dueAt; }
    public Instant getKeptAt() { return keptAt; }
    public Long getContactId() { return contactId; }
    public Instant getLapsedAt() { return lapsedAt; }
    public long getVersion() { return version; }
}
