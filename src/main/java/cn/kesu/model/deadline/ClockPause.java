package cn.kesu.model.deadline;

import cn.kesu.model.Handled;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.StepRecord;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
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
        query = "select p from ClockPause p where p.stepRecord = :step and p.resumed.at is null")
public class ClockPause implements Serializable {

    private static final long serialVersionUID = 1L;

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

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "paused_by", nullable = false, length = 50, updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "paused_at", nullable = false, updatable = false))
    private Handled paused;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "resumed_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "resumed_at"))
    private Handled resumed;

    @Column(name = "step_days_moved")
    private Integer stepDaysMoved;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_clock", nullable = false, length = 20)
    private CaseClock caseClock;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "case_decided_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "case_decided_at"))
    private Handled caseDecided;

    @Column(name = "case_minutes_moved")
    private Long caseMinutesMoved;

    protected ClockPause() {
    }

    public ClockPause(Complaint complaint, StepRecord stepRecord, String reason, Instant at, String by,
                      boolean caseClockRequested) {
        this.complaint = complaint;
        this.stepRecord = stepRecord;
        this.reason = reason;
        this.paused = new Handled(by, at);
        this.caseClock = caseClockRequested ? CaseClock.REQUESTED : CaseClock.RUNNING;
    }

    public void decideCaseClock(boolean approved, Instant at, String by) {
        caseClock = approved ? CaseClock.APPROVED : CaseClock.REFUSED;
        caseDecided = new Handled(by, at);
    }

    public void resume(Instant at, String by, int stepDays, Duration caseMoved) {
        resumed = new Handled(by, at);
        stepDaysMoved = stepDays;
        caseMinutesMoved = caseMoved == null ? null : caseMoved.toMinutes();
        if (caseClock == CaseClock.REQUESTED) {
            // Undecided when the wait ended: the case deadline never stopped.
            caseClock = CaseClock.RUNNING;
        }
    }

    public boolean isOpen() {
        return resumed == null;
    }

    /** How long the step waited, up to {@code now} while still paused. */
    public Duration length(Instant now) {
        return Duration.between(paused.getAt(), resumed != null ? resumed.getAt() : now);
    }

    public Long getId() { return id; }
    public Complaint getComplaint() { return complaint; }
    public StepRecord getStepRecord() { return stepRecord; }
    public String getReason() { return reason; }
    public Handled getPaused() { return paused; }
    public Handled getResumed() { return resumed; }
    public Integer getStepDaysMoved() { return stepDaysMoved; }
    public CaseClock getCaseClock() { return caseClock; }
    public Handled getCaseDecided() { return caseDecided; }
    public Long getCaseMinutesMoved() { return caseMinutesMoved; }
}
