package cn.kesu.model.complaint;

import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.RoleConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.hibernate.envers.Audited;

import java.io.Serializable;
import java.time.Instant;

/**
 * One stay of the case at one step (步骤记录): who held it, when it was entered, when it was due and
 * when it finished, and how. A step sent back and entered again gets a new record, so lateness is
 * judged per stay. Open records with a due time are what the reminder timer scans.
 */
@Entity
@Audited
@Table(name = "step_record")
public class StepRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Step step;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_department", nullable = false, length = 30, updatable = false)
    private Department holderDepartment;

    @Convert(converter = RoleConverter.class)
    @Column(name = "holder_role", nullable = false, length = 30, updatable = false)
    private Role holderRole;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    /** Moves only when a paused clock resumes (等待客户): by the working days the step waited. */
    @Column(name = "due_at")
    private Instant dueAt;

    /** Set while the holder waits on the customer; a paused step is not overdue. */
    @Column(name = "paused_since")
    private Instant pausedSince;

    /** When the worker signed a step that still waits for the manager's countersignature. */
    @Column(name = "work_signed_at")
    private Instant workSignedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    @Column(name = "send_back_reason", length = 2000)
    private String sendBackReason;

    protected StepRecord() {
    }

    StepRecord(Complaint complaint, Step step, Department holderDepartment, Role holderRole, Instant enteredAt,
               Instant dueAt) {
        this.complaint = complaint;
        this.step = step;
        this.holderDepartment = holderDepartment;
        this.holderRole = holderRole;
        this.enteredAt = enteredAt;
        this.dueAt = dueAt;
    }

    void workSigned(Instant at) {
        workSignedAt = at;
    }

    void finish(Instant at, Outcome how, String reason) {
        finishedAt = at;
        outcome = how;
        sendBackReason = reason;
    }

    void pause(Instant at) {
        pausedSince = at;
    }

    void resume(Instant newDue) {
        pausedSince = null;
        dueAt = newDue;
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    public boolean isOpen() {
        return finishedAt == null;
    }

    /** Finished after its due time (or still open past it, judged at {@code now}). */
    public boolean isLate(Instant now) {
        if (dueAt == null) {
            return false;
        }
        Instant end = finishedAt != null ? finishedAt : now;
        return end.isAfter(dueAt);
    }

    public Long getId() { return id; }
    public Step getStep() { return step; }
    public Department getHolderDepartment() { return holderDepartment; }
    public Role getHolderRole() { return holderRole; }
    public Instant getEnteredAt() { return enteredAt; }
    public Instant getDueAt() { return dueAt; }
    public Instant getPausedSince() { return pausedSince; }
    public Instant getWorkSignedAt() { return workSignedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public Outcome getOutcome() { return outcome; }
    public String getSendBackReason() { return sendBackReason; }
}
