package cn.kesu.model.improvement;

import cn.kesu.model.Handled;
import cn.kesu.model.complaint.Complaint;
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

import java.io.Serializable;
import java.time.Instant;

/**
 * One action of an 8D (containment, corrective or preventive): its kind, what is to be done, by which department, by
 * when, and the done record with its evidence. Open past its time, it gets a 催办单 to its department like a step.
 * The containment kinds keep their own figures: a shipped lot its number, quantity and place; a stock sorting the
 * quantities sorted, rejected and released; a recall the decision; a 暂停生产通知 its release, signed by QA, after
 * production has held the work in progress.
 */
@Entity
@Table(name = "improvement_action")
public class ImprovementAction implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "eight_d_id", nullable = false, updatable = false)
    private EightD eightD;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Discipline discipline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ActionKind kind;

    @Embedded
    private ShippedLot shippedLot;

    @Column(nullable = false, length = 2000, updatable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_department", nullable = false, length = 30, updatable = false)
    private Department owner;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "added_by", nullable = false, length = 50, updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "added_at", nullable = false, updatable = false))
    private Handled added;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "done_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "done_at"))
    private Handled done;

    @Column(length = 2000)
    private String evidence;

    @Embedded
    private Sorting sorting;

    /** 召回决定: true to recall. */
    @Column(name = "recall")
    private Boolean recall;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "released_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "released_at"))
    private Handled release;

    @Column(name = "release_reason", length = 2000)
    private String releaseReason;

    @Version
    private long version;

    protected ImprovementAction() {
    }

    /** {@code shippedLot} for a {@link ActionKind#SHIPPED_LOT} only. */
    public ImprovementAction(EightD eightD, ActionKind kind, ShippedLot shippedLot, String description,
                             Department owner, Instant dueAt, Handled added) {
        if ((kind == ActionKind.SHIPPED_LOT) != (shippedLot != null)) {
            throw new IllegalArgumentException(kind + " with shipped lot " + shippedLot);
        }
        this.eightD = eightD;
        this.complaint = eightD.getComplaint();
        this.kind = kind;
        this.discipline = kind.discipline();
        this.shippedLot = shippedLot;
        this.description = description;
        this.owner = owner;
        this.dueAt = dueAt;
        this.added = added;
    }

    /**
     * 完成: done, with what shows it (a record number, a document, a photo's name) — a stock sorting with its
     * quantities, a recall with its decision, nothing else with either. Once.
     */
    public void complete(String shownBy, Sorting sorted, Boolean recalled, Handled by) {
        if (done != null) {
            throw new IllegalStateException("action " + id + " is done");
        }
        if ((kind == ActionKind.STOCK_SORTING) != (sorted != null) || (kind == ActionKind.RECALL) != (recalled != null)) {
            throw new IllegalArgumentException(kind + " completed with sorting " + sorted + ", recall " + recalled);
        }
        evidence = shownBy;
        sorting = sorted;
        recall = recalled;
        done = by;
    }

    /** 解除暂停生产: QA lifts a hold production has put in place, with the reason (the cause contained). Once. */
    public void release(String reason, Handled by) {
        if (!isHoldInForce() || done == null) {
            throw new IllegalStateException("action " + id + " is no hold in force");
        }
        releaseReason = reason;
        release = by;
    }

    /** A 暂停生产通知 not yet released: the 8D does not close over it. */
    public boolean isHoldInForce() {
        return kind == ActionKind.WIP_HOLD && release == null;
    }

    public boolean isDone() {
        return done != null;
    }

    public boolean isOverdue(Instant now) {
        return done == null && now.isAfter(dueAt);
    }

    public Long getId() { return id; }
    public EightD getEightD() { return eightD; }
    public Complaint getComplaint() { return complaint; }
    public Discipline getDiscipline() { return discipline; }
    public ActionKind getKind() { return kind; }
    public ShippedLot getShippedLot() { return shippedLot; }
    public Sorting getSorting() { return sorting; }
    public Boolean getRecall() { return recall; }
    public Handled getRelease() { return release; }
    public String getReleaseReason() { return releaseReason; }
    public String getDescription() { return description; }
    public Department getOwner() { return owner; }
    public Instant getDueAt() { return dueAt; }
    public Handled getAdded() { return added; }
    public Handled getCompletion() { return done; }
    public String getEvidence() { return evidence; }
    public long getVersion() { return version; }
}
