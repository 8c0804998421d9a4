package cn.kesu.model.deadline;

import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.StepRecord;
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

import java.time.Duration;
import java.time.Instant;

/**
 * One pause of a step's clock while the holder waits on the customer (等待客户: samples not yet
 * received, customer still processing), with its reason, its length and what it moved: the step
 * deadline by the working days waited, the case deadline only if the GM office approved.
 */
@Entity
@Table(name = "clock_pause")
@NamedQuery(name = ClockPause.OF_CASE, query = "select p from ClockPause p where p.complaint.id = :caseId order by p.id")
@NamedQuery(name = ClockPause.OPEN_OF_STEP,
        query = "select p from ClockPause p where p.stepRecord = :step and p.resumedAt is null")
public class ClockPause {

    public static final String OF_CASE = "ClockPause.ofCase";
    public static final String OPEN_OF_STEP = "ClockPause.openOfStep";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "step_record_id", nullable = false, updatable = false)
    private StepRecord stepRecord;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "paused_at", nullable = false, updatable = false)
    private Instant pausedAt;

    @Column(name = "paused_by", nullable = false, length = 50, updatable = false)
    private String pausedBy;

    @Column(name = "resumed_at")
    private Instant resumedAt;

    @Column(name = "resumed_by", length = 50)
    private String resumedBy;

    @Column(name = "step_days_moved")
    private Integer stepDaysMoved;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_clock", nullable = false, length = 20)
    private CaseClock caseClock;

    @Column(name = "case_decided_at")
    private Instant caseDecidedAt;

    @Column(name = "case_decided_by", length = 50)
    private String caseDecidedBy;

    @Column(name = "case_minutes_moved")
    private Long caseMinutesMoved;

    protected ClockPause() {
    }

    public ClockPause(Complaint complaint, StepRecord stepRecord, String reason, Instant at, String by,
                      boolean caseClockRequested) {
        this.complaint = complaint;
        this.stepRecord = stepRecord;
        this.reason = reason;
        this.pausedAt = at;
        this.pausedBy = by;
        this.caseClock = caseClockRequested ? CaseClock.REQUESTED : CaseClock.RUNNING;
    }

    public void decideCaseClock(boolean approved, Instant at, String by) {
        caseClock = approved ? CaseClock.APPROVED : CaseClock.REFUSED;
        caseDecidedAt = at;
        caseDecidedBy = by;
    }

    public void resume(Instant at, String by, int stepDays, Duration caseMoved) {
        resumedAt = at;
        resumedBy = by;
        stepDaysMoved = stepDays;
        caseMinutesMoved = caseMoved == null ? null : caseMoved.toMinutes();
        if (caseClock == CaseClock.REQUESTED) {
            // Undecided when the wait ended: the case deadline never stopped.
            caseClock = CaseClock.RUNNING;
        }
    }

    public boolean isOpen() {
        return resumedAt == null;
    }

    /** How long the step waited, up to {@code now} while still paused. */
    public Duration length(Instant now) {
        return Duration.between(pausedAt, resumedAt != null ? resumedAt : now);
    }

    public Long getId() { return id; }
    public Complaint getComplaint() { return complaint; }
    public StepRecord getStepRecord() { return stepRecord; }
    public String getReason() { return reason; }
    public Instant getPausedAt() { return pausedAt; }
    public String getPausedBy() { return pausedBy; }
    public Instant getResumedAt() { return resumedAt; }
    public String getResumedBy() { return resumedBy; }
    public Integer getStepDaysMoved() { return stepDaysMoved; }
    public CaseClock getCaseClock() { return caseClock; }
    public Instant getCaseDecidedAt() { return caseDecidedAt; }
    public String getCaseDecidedBy() { return caseDecidedBy; }
    public Long getCaseMinutesMoved() { return caseMinutesMoved; }
}
