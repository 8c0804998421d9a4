package cn.kesu.model.penalty;

import cn.kesu.model.Handled;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.deadline.DaySerial;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * 奖罚通知单: a reward or penalty for a responsible unit — or a person in it — for cases closed in one
 * month, with an amount and/or an administrative sanction for HR to publish. The GM office proposes,
 * the gm approves or rejects with his signature; only an approved notice is printed (three copies:
 * kept, accounting, the unit). Every field is written once, with who and when.
 */
@Entity
@Table(name = "penalty_notice")
public class PenaltyNotice implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The day's serial of its kind, in the number. */
    @Embedded
    private DaySerial daySerial = new DaySerial();

    /** yyyy-MM: the month whose closed cases the notice is for. */
    @Column(name = "report_month", nullable = false, length = 7, updatable = false)
    private String month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private PenaltyKind kind;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private CatalogEntry unit;

    /** A person of the unit (name or employee number), or null for the unit as a whole. */
    @Column(length = 100, updatable = false)
    private String person;

    @Column(nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, updatable = false)
    private Sanction sanction;

    @Column(nullable = false, length = 2000, updatable = false)
    private String reason;

    @ManyToMany
    @JoinTable(name = "penalty_notice_case", joinColumns = @JoinColumn(name = "notice_id"),
            inverseJoinColumns = @JoinColumn(name = "complaint_id"))
    @OrderBy("number")
    private List<Complaint> cases = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "proposed_by", nullable = false, length = 50, updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "proposed_at", nullable = false, updatable = false))
    private Handled proposed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PenaltyStatus status;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "decided_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "decided_at"))
    private Handled decided;

    @Column(name = "decided_by_name", length = 100)
    private String decidedByName;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    @Version
    private long version;

    protected PenaltyNotice() {
    }

    @SuppressWarnings("java:S107")
    public PenaltyNotice(String month, PenaltyKind kind, CatalogEntry unit, String person, BigDecimal amount,
                         Sanction sanction, String reason, List<Complaint> cases, Instant proposedAt, String proposedBy) {
        if (amount.signum() == 0 && sanction == null) {
            throw new IllegalArgumentException("a notice needs an amount or a sanction");
        }
        this.month = month;
        this.kind = kind;
        this.unit = unit;
        this.person = person;
        this.amount = amount;
        this.sanction = sanction;
        this.reason = reason;
        this.cases.addAll(cases);
        this.proposed = new Handled(proposedBy, proposedAt);
        this.status = PenaltyStatus.PROPOSED;
    }

    /** The gm's decision, once: approved, or rejected with a note. */
    public void decide(boolean approve, String note, String by, String byName, Instant at) {
        if (status != PenaltyStatus.PROPOSED) {
            throw new IllegalStateException("notice " + id + " is " + status);
        }
        status = approve ? PenaltyStatus.APPROVED : PenaltyStatus.REJECTED;
        decisionNote = note;
        decidedByName = byName;
        decided = new Handled(by, at);
    }

    public boolean isApproved() {
        return status == PenaltyStatus.APPROVED;
    }

    public DaySerial getDaySerial() {
        return daySerial;
    }

    /** JF + proposal date + the day's serial. */
    public String getNumber(ZoneId zone) {
        return DaySerial.number(daySerial, "JF", proposed.getAt(), zone, id);
    }

    /** Who is rewarded or penalised, as the notice names them. */
    public String getTarget() {
        return unit.getLabel() + (person == null ? "" : " · " + person);
    }

    public Long getId() { return id; }
    public String getMonth() { return month; }
    public PenaltyKind getKind() { return kind; }
    public CatalogEntry getUnit() { return unit; }
    public String getPerson() { return person; }
    public BigDecimal getAmount() { return amount; }
    public Sanction getSanction() { return sanction; }
    public String getReason() { return reason; }
    public List<Complaint> getCases() { return List.copyOf(cases); }
    public Handled getProposed() { return proposed; }
    public PenaltyStatus getStatus() { return status; }
    public Handled getDecided() { return decided; }
    public String getDecidedByName() { return decidedByName; }
    public String getDecisionNote() { return decisionNote; }
    public long getVersion() { return version; }
}
