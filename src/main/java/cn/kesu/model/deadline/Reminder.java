package cn.kesu.model.deadline;

import cn.kesu.model.Handled;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.CustomerPromise;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.improvement.ImprovementAction;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * 催办单: the reminder the timer issues to the department holding an overdue step (or a case past its
 * deadline, or to business for a promise to the customer not kept by its time), with the case, step, due time and how many reminders came before. Rows are inserted by
 * the scan in bulk ({@code ReminderScan}); this entity reads them and records the holder's
 * acknowledgement (签收) and answer (回复).
 */
// Only changed columns are written, so a user's answer never overwrites what the mail sender recorded.
@DynamicUpdate
@Entity
@Table(name = "reminder")
public class Reminder implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    /** The day's serial of its kind, in the number. */
    @Embedded
    private DaySerial daySerial = new DaySerial();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private ReminderKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @Column(name = "step_record_id", updatable = false)
    private Long stepRecordId;

    /** The promise to the customer not kept by its time, for a reminder of that kind. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "promise_id", updatable = false)
    private CustomerPromise promise;

    /** The 8D action not done by its time, for a reminder of that kind. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "action_id", updatable = false)
    private ImprovementAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Step step;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_department", nullable = false, length = 30, updatable = false)
    private Department holderDepartment;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    /** 1 for the first reminder of the step (or case), 2 for the next, … */
    @Column(name = "sequence_no", nullable = false, updatable = false)
    private int sequence;

    /** Issued after three unanswered ones: goes to the gm as well. */
    @Column(nullable = false, updatable = false)
    private boolean escalated;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "acknowledged_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "acknowledged_at"))
    private Handled acknowledgement;

    @Column(length = 2000)
    private String answer;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "answered_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "answered_at"))
    private Handled reply;

    @Embedded
    private MailDelivery mail;

    @Embedded
    private ChatDelivery chat = new ChatDelivery();

    @Version
    private long version;

    protected Reminder() {
    }

    /** 签收: the department has seen it. A second acknowledgement keeps the first. */
    public void acknowledge(Instant at, String by) {
        if (acknowledgement == null) {
            acknowledgement = new Handled(by, at);
        }
    }

    /** 回复: why the step is late and when it will be done; acknowledges it as well. */
    public void answer(String text, Instant at, String by) {
        acknowledge(at, by);
        answer = text;
        reply = new Handled(by, at);
    }

    public DaySerial getDaySerial() {
        return daySerial;
    }

    /** CB + issue date + the day's serial, e.g. CB261123-17. */
    public String getNumber(ZoneId zone) {
        return DaySerial.number(daySerial, "CB", issuedAt, zone, id);
    }

    public Duration overdueBy() {
        return Duration.between(dueAt, issuedAt);
    }

    /**
     * Who a 催办单 is for: the holders of the overdue step (its worker and the manager who countersigns
     * it, or the approver the authority named at 核决) and the department's head. Not the gm as head of the
     * GM office: he hears of a reminder when it escalates, after three unanswered ones.
     */
    public Set<Role> addressees() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (kind == ReminderKind.PROMISE) {
            // Business keeps the promises to the customer, whatever step the case is at.
            roles.add(Role.BUSINESS);
            roles.add(Department.BUSINESS.managerRole());
        } else if (kind == ReminderKind.ACTION) {
            roles.addAll(holderDepartment.staff());
        } else if (step == Step.APPROVAL) {
            roles.add(complaint.getApproverRole());
        } else if (step == Step.EXECUTION && holderDepartment != step.department()) {
            // 移交: a document waits for the approver's countersignature or decision, or for the warehouse or
            // accounting, whose roles are named as their departments (issue 15, item 2).
            Role approver = complaint.getApproverRole();
            roles.add(approver.homeDepartment() == holderDepartment ? approver : Role.valueOf(holderDepartment.name()));
        } else {
            Stream.of(step.worker(), step.countersigner(), holderDepartment.managerRole())
                    .filter(Objects::nonNull).filter(role -> role != Role.GM).forEach(roles::add);
        }
        if (escalated) {
            roles.add(Role.GM);
        }
        return roles;
    }

    /** What it is about, as a message key: the promise not kept, the 8D action's discipline, or the step. */
    public String aboutKey() {
        if (promise != null) {
            return promise.getKind().labelKey();
        }
        return action != null ? action.getDiscipline().labelKey() : step.labelKey();
    }

    public boolean isAnswered() {
        return reply != null;
    }

    public boolean isAcknowledged() {
        return acknowledgement != null;
    }

    public Long getId() { return id; }
    public ReminderKind getKind() { return kind; }
    public Complaint getComplaint() { return complaint; }
    public Long getStepRecordId() { return stepRecordId; }
    public CustomerPromise getPromise() { return promise; }
    public ImprovementAction getAction() { return action; }
    public Step getStep() { return step; }
    public Department getHolderDepartment() { return holderDepartment; }
    public Instant getDueAt() { return dueAt; }
    public Instant getIssuedAt() { return issuedAt; }
    public int getSequence() { return sequence; }
    public boolean isEscalated() { return escalated; }
    public Handled getAcknowledgement() { return acknowledgement; }
    public String getAnswer() { return answer; }
    public Handled getReply() { return reply; }
    public MailDelivery getMail() { return mail; }
    public ChatDelivery getChat() { return chat; }
    public long getVersion() { return version; }
}
