package cn.kesu.model.execution;

import cn.kesu.model.Handled;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.deadline.DaySerial;
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
import org.hibernate.envers.Audited;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/**
 * 成品退货单 (four copies: 1 business self-kept, 2 warehouse, 3 accounting, 4 business) for a return,
 * exchange or rework: reason, handling and the approved quantity. The warehouse records what actually
 * arrived; accounting compares it with the approved quantity. A difference within the over-acceptance
 * ratio (超量允收比率) is posted with the actual quantity; a larger one holds the case open until
 * business explains it and the original approver approves it.
 */
@Entity
@Audited
@Table(name = "return_note")
public class ReturnNote extends VoidableNote implements Serializable {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Disposition disposition;

    @Column(name = "approved_qty", nullable = false, updatable = false)
    private int approvedQuantity;

    @Column(nullable = false, length = 2000, updatable = false)
    private String reason;

    /** 处理方式: what happens to the goods (scrap, rework and return to the customer, replace …). */
    @Column(nullable = false, length = 2000, updatable = false)
    private String handling;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReturnNoteStatus status;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "issued_by", nullable = false, length = 50, updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "issued_at", nullable = false, updatable = false))
    private Handled issued;

    /** 经理批示: the business manager released the note to the warehouse. */
    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "released_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "released_at"))
    private Handled released;

    @Column(name = "received_qty")
    private Integer receivedQuantity;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "received_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "received_at"))
    private Handled received;

    /** The ratio the reconciliation applied: the customer's, or the company default. */
    @Column(name = "tolerance_ratio", precision = 5, scale = 4)
    private BigDecimal toleranceRatio;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "reconciled_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "reconciled_at"))
    private Handled reconciled;

    @Column(name = "variance_explanation", length = 2000)
    private String varianceExplanation;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "explained_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "explained_at"))
    private Handled explained;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "variance_decided_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "variance_decided_at"))
    private Handled varianceDecided;

    /** Why the approver sent the last explanation back; the audit trail keeps every earlier one. */
    @Column(name = "variance_refusal", length = 2000)
    private String varianceRefusal;

    @Column(name = "posted_qty")
    private Integer postedQuantity;

    @Column(name = "voucher_no", length = 40)
    private String voucherNo;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "posted_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "posted_at"))
    private Handled posted;

    @Version
    private long version;

    protected ReturnNote() {
    }

    public ReturnNote(Complaint complaint, Disposition disposition, int approvedQuantity, String reason,
                      String handling, Instant issuedAt, String issuedBy) {
        if (!disposition.needsReturnNote()) {
            throw new IllegalArgumentException(disposition + " is not settled by a return note");
        }
        this.complaint = complaint;
        this.disposition = disposition;
        this.approvedQuantity = approvedQuantity;
        this.reason = reason;
        this.handling = handling;
        this.issued = new Handled(issuedBy, issuedAt);
        this.status = ReturnNoteStatus.ISSUED;
    }

    /** 经理批示: the business manager releases the note; only then does the warehouse take the goods in. */
    public void release(String by, Instant at) {
        require(ReturnNoteStatus.ISSUED);
        released = new Handled(by, at);
        status = ReturnNoteStatus.RELEASED;
    }

    /** 仓储实收: the quantity that actually arrived. */
    public void receive(int quantity, String by, Instant at) {
        require(ReturnNoteStatus.RELEASED);
        receivedQuantity = quantity;
        received = new Handled(by, at);
        status = ReturnNoteStatus.RECEIVED;
    }

    /** Whether the actual quantity differs from the approved one by no more than {@code ratio} of it. */
    public boolean isWithinTolerance(BigDecimal ratio) {
        if (receivedQuantity == null) {
            return false;
        }
        BigDecimal difference = BigDecimal.valueOf(Math.abs((long) receivedQuantity - approvedQuantity));
        return difference.compareTo(BigDecimal.valueOf(approvedQuantity).multiply(ratio)) <= 0;
    }

    /**
     * 会计核对: within tolerance the note is posted with the actual quantity; beyond it the note waits
     * for an explanation. Returns whether it was posted.
     */
    public boolean reconcile(BigDecimal ratio, String voucher, String by, Instant at) {
        require(ReturnNoteStatus.RECEIVED);
        toleranceRatio = ratio;
        reconciled = new Handled(by, at);
        if (isWithinTolerance(ratio)) {
            post(voucher, by, at);
            return true;
        }
        status = ReturnNoteStatus.VARIANCE;
        return false;
    }

    /** 差异说明 by business. */
    public void explain(String explanation, String by, Instant at) {
        require(ReturnNoteStatus.VARIANCE);
        varianceExplanation = explanation;
        explained = new Handled(by, at);
        status = ReturnNoteStatus.EXPLAINED;
    }

    /** The original approver approves the difference, or sends the explanation back with a reason. */
    public void decideVariance(boolean approve, String refusal, String by, Instant at) {
        require(ReturnNoteStatus.EXPLAINED);
        varianceDecided = new Handled(by, at);
        varianceRefusal = approve ? null : refusal;
        status = approve ? ReturnNoteStatus.VARIANCE_APPROVED : ReturnNoteStatus.VARIANCE;
    }

    /** 入账 after an approved difference. */
    public void postApproved(String voucher, String by, Instant at) {
        require(ReturnNoteStatus.VARIANCE_APPROVED);
        post(voucher, by, at);
    }

    private void post(String voucher, String by, Instant at) {
        postedQuantity = receivedQuantity;
        voucherNo = voucher;
        posted = new Handled(by, at);
        status = ReturnNoteStatus.POSTED;
    }

    public boolean isIn(ReturnNoteStatus expected) {
        return status == expected;
    }

    private void require(ReturnNoteStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("return note " + id + " is " + status + ", not " + expected);
        }
    }

    @Override
    protected NoteAction statusNext() {
        return getStatus().next();
    }

    @Override
    protected String statusKey() {
        return getStatus().labelKey();
    }

    public DaySerial getDaySerial() {
        return daySerial;
    }

    /** TH + issue date + the day's serial, e.g. TH261201-7. */
    public String getNumber(ZoneId zone) {
        return DaySerial.number(daySerial, "TH", issued.getAt(), zone, id);
    }

    /** Actual minus approved; null before the goods arrived. */
    public Integer getDifference() {
        return receivedQuantity == null ? null : receivedQuantity - approvedQuantity;
    }

    public Long getId() { return id; }
    public Complaint getComplaint() { return complaint; }
    public Disposition getDisposition() { return disposition; }
    public int getApprovedQuantity() { return approvedQuantity; }
    public String getReason() { return reason; }
    public String getHandling() { return handling; }
    public ReturnNoteStatus getStatus() { return status; }
    public Handled getIssued() { return issued; }
    public Handled getReleased() { return released; }
    public Integer getReceivedQuantity() { return receivedQuantity; }
    public Handled getReceived() { return received; }
    public BigDecimal getToleranceRatio() { return toleranceRatio; }
    public Handled getReconciled() { return reconciled; }
    public String getVarianceExplanation() { return varianceExplanation; }
    public Handled getExplained() { return explained; }
    public Handled getVarianceDecided() { return varianceDecided; }
    public String getVarianceRefusal() { return varianceRefusal; }
    public Integer getPostedQuantity() { return postedQuantity; }
    public String getVoucherNo() { return voucherNo; }
    public Handled getPosted() { return posted; }
    public long getVersion() { return version; }
}
