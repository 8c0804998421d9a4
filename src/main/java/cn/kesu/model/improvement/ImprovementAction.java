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

import java.time.Instant;

/**
 * One action of an 8D (containment, corrective or preventive): what is to be done, by which department, by when, and
 * the done record with its evidence. Open past its time, it gets a 催办单 to its department like a step.
 */
@Entity
@Table(name = "improvement_action")
public class ImprovementAction {

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

    @Version
    private long version;

    protected ImprovementAction() {
    }

    public ImprovementAction(EightD eightD, Discipline discipline, String description, Department owner, Instant dueAt,
                             Handled added) {
        this.eightD = eightD;
        this.complaint = eightD.getComplaint();
        this.discipline = discipline;
        this.description = description;
        this.owner = owner;
        this.dueAt = dueAt;
        this.added = added;
    }

    /** 完成: done, with what shows it (a record number, a document, a photo's name). Once. */
    public void complete(String shownBy, Handled by) {
        if (done != null) {
            throw new IllegalStateException("action " + id + " is done");
        }
        evidence = shownBy;
        done = by;
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
    public String getDescription() { return description; }
    public Department getOwner() { return owner; }
    public Instant getDueAt() { return dueAt; }
    public Handled getAdded() { return added; }
    public Handled getCompletion() { return done; }
    public String getEvidence() { return evidence; }
    public long getVersion() { return version; }
}
