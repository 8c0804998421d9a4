package cn.kesu.model.deadline;

import cn.kesu.model.Handled;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.complaint.StepRecord;
import cn.kesu.model.user.Department;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * 查办单: opened when a case closes for each step that finished after its deadline, addressed to the
 * department that held it. The department records the cause of the delay; the GM office closes it,
 * never before a cause is there.
 */
// Only changed columns are written, so a user's answer never overwrites what the mail sender recorded.
@DynamicUpdate
@Entity
@Table(name = "investigation")
public class Investigation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The day's serial of its kind, in the number. */
    @Embedded
    private DaySerial daySerial = new DaySerial();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "step_record_id", nullable = false, updatable = false)
    private StepRecord stepRecord;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Step step;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_department", nullable = false, length = 30, updatable = false)
    private Department holderDepartment;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "finished_at", nullable = false, updatable = false)
    private Instant finishedAt;

    /**
     * When this department's lateness began, where later than the deadline: a stay handed over at execution
     * after the deadline had passed answers only for its own time (issue 15, item 2).
     */
    @Column(name = "late_from", updatable = false)
    private Instant lateFrom;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(length = 2000)
    private String cause;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "cause_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "cause_at"))
    private Handled causeStated;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "closed_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "closed_at"))
    private Handled closing;

    @Embedded
    private MailDelivery mail;

    @Embedded
    private ChatDelivery chat = new ChatDelivery();

    @Version
    private long version;

    protected Investigation() {
    }

    public Investigation(Complaint complaint, StepRecord late, Instant now, Instant mailDue) {
        this.complaint = complaint;
        this.stepRecord = late;
        this.step = late.getStep();
        this.holderDepartment = late.getHolderDepartment();
        this.dueAt = late.getDueAt();
        this.finishedAt = late.getFinishedAt();
        this.lateFrom = late.getEnteredAt().isAfter(late.getDueAt()) ? late.getEnteredAt() : null;
        this.openedAt = now;
        this.mail = new MailDelivery(mailDue);
    }

    /** The department's explanation; it may be revised until the GM office closes the investigation. */
    public void recordCause(String text, Instant at, String by) {
        requireOpen();
        cause = text;
        causeStated = new Handled(by, at);
    }

    public void close(Instant at, String by) {
        requireOpen();
        if (!hasCause()) {
            throw new IllegalStateException("investigation " + id + " has no cause");
        }
        closing = new Handled(by, at);
    }

    public boolean hasCause() {
        return cause != null && !cause.isBlank();
    }

    public boolean isClosed() {
        return closing != null;
    }

    private void requireOpen() {
        if (isClosed()) {
            throw new IllegalStateException("investigation " + id + " is closed");
        }
    }

    public DaySerial getDaySerial() {
        return daySerial;
    }

    /** CX + opening date + the day's serial, e.g. CX261123-4. */
    public String getNumber(ZoneId zone) {
        return DaySerial.number(daySerial, "CX", openedAt, zone, id);
    }

    public Duration lateBy() {
        return Duration.between(lateFrom != null ? lateFrom : dueAt, finishedAt);
    }

    public Long getId() { return id; }
    public Complaint getComplaint() { return complaint; }
    public StepRecord getStepRecord() { return stepRecord; }
    public Step getStep() { return step; }
    public Department getHolderDepartment() { return holderDepartment; }
    public Instant getDueAt() { return dueAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public Instant getOpenedAt() { return openedAt; }
    public String getCause() { return cause; }
    public Handled getCauseStated() { return causeStated; }
    public Handled getClosing() { return closing; }
    public MailDelivery getMail() { return mail; }
    public ChatDelivery getChat() { return chat; }
    public long getVersion() { return version; }
}
