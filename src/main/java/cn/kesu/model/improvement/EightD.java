package cn.kesu.model.improvement;

import cn.kesu.model.Handled;
import cn.kesu.model.complaint.Complaint;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;

/**
 * 8D报告: the improvement record of one case (SPEC section 7, issue 14). D1 the team, D2 the problem (the slip's),
 * D3 to D7 its actions ({@link ImprovementAction}), D4 the root cause, and the lots that verify the cause is gone
 * ({@link VerificationLot}): it closes (D8) only after the configured number of consecutive clean lots. A lot with the
 * defect reopens D4 — the cause found was not the whole cause — and starts the count again. The case may close
 * financially (结案) long before its 8D does.
 */
@Entity
@Table(name = "eight_d")
public class EightD implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false, unique = true)
    private Complaint complaint;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "opened_by", length = 50, updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "opened_at", nullable = false, updatable = false))
    private Handled opened;

    @Enumerated(EnumType.STRING)
    @Column(name = "open_reason", nullable = false, length = 20, updatable = false)
    private OpenReason reason;

    /** D1 小组成员 */
    @Column(length = 2000)
    private String team;

    @Embedded
    private RootCause rootCause;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "root_cause_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "root_cause_at"))
    private Handled rootCauseFound;

    /** Why D4 was reopened: the defect came back in a verification lot. */
    @Column(name = "reopened_because", length = 2000)
    private String reopenedBecause;

    /** Consecutive lots without the defect since the last one with it. */
    @Column(name = "clean_lots", nullable = false)
    private int cleanLots;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "closed_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "closed_at"))
    private Handled closed;

    /** D8 结案意见及表彰: the closing opinion and the team's recognition. */
    @Column(length = 2000)
    private String recognition;

    @Version
    private long version;

    protected EightD() {
    }

    /** {@code by} is null when the rule opened it. */
    public EightD(Complaint complaint, OpenReason reason, String by, Instant at) {
        this.complaint = complaint;
        this.reason = reason;
        this.opened = new Handled(by, at);
    }

    /** D1 and D4: the team and the root cause, found (again, after a recurrence) by QA. */
    public void findRootCause(String newTeam, RootCause cause, Handled found) {
        requireOpen();
        team = newTeam;
        rootCause = cause;
        rootCauseFound = found;
        reopenedBecause = null;
    }

    /** A verification lot: a clean one counts; one with the defect reopens D4 and starts the count again. */
    public void verified(VerificationLot lot) {
        requireOpen();
        if (lot.isClean()) {
            cleanLots++;
        } else {
            cleanLots = 0;
            rootCauseFound = null;
            reopenedBecause = "批次 " + lot.getLotNo() + " 再现不良 " + lot.getDefects() + "：" + lot.getNote();
        }
    }

    /** D8 结案, with the closing opinion and the team's recognition (may be none). */
    public void close(Handled by, String closingRecognition) {
        requireOpen();
        closed = by;
        recognition = closingRecognition;
    }

    public boolean isClosed() {
        return closed != null;
    }

    public boolean hasRootCause() {
        return rootCauseFound != null;
    }

    private void requireOpen() {
        if (closed != null) {
            throw new IllegalStateException("8D " + id + " is closed");
        }
    }

    public Long getId() { return id; }
    public Complaint getComplaint() { return complaint; }
    public Handled getOpened() { return opened; }
    public OpenReason getReason() { return reason; }
    public String getTeam() { return team; }
    public RootCause getRootCause() { return rootCause; }
    public Handled getRootCauseFound() { return rootCauseFound; }
    public String getReopenedBecause() { return reopenedBecause; }
    public int getCleanLots() { return cleanLots; }
    public Handled getClosing() { return closed; }
    public String getRecognition() { return recognition; }
    public long getVersion() { return version; }
}
