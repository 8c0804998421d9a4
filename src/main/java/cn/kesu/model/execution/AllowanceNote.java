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
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * 销货折让证明单 (two copies: business, accounting): an allowance or compensation business issues for at
 * most the approved amount. It is countersigned by the case's approver, signed by the customer (the
 * signed copy coming back is recorded), and then posted by accounting — in that order, each once.
 */
@Entity
@Audited
@Table(name = "allowance_note")
public class AllowanceNote extends VoidableNote implements Serializable {

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

    @Column(nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 2000, updatable = false)
    private String reason;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "issued_by", nullable = false, length = 50, updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "issued_at", nullable = false, updatable = false))
    private Handled issued;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "countersigned_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "countersigned_at"))
    private Handled countersigned;

    /** Who signed for the customer, as written on the returned copy. */
    @Column(name = "customer_signer", length = 100)
    private String customerSigner;

    @Column(name = "customer_signed_on")
    private LocalDate customerSignedOn;

    @Column(name = "customer_recorded_by", length = 50)
    private String customerRecordedBy;

    /** 传票号: the accounting voucher the allowance was posted with. */
    @Column(name = "voucher_no", length = 40)
    private String voucherNo;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "posted_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "posted_at"))
    private Handled posted;

    @Version
    private long version;

    protected AllowanceNote() {
    }

    public AllowanceNote(Complaint complaint, Disposition disposition, BigDecimal amount, String reason,
                         Instant issuedAt, String issuedBy) {
        if (!disposition.needsAllowanceNote()) {
            throw new IllegalArgumentException(disposition + " is not settled by an allowance note");
        }
        this.complaint = complaint;
        this.disposition = disposition;
        this.amount = amount;
        this.reason = reason;
        this.issued = new Handled(issuedBy, issuedAt);
    }

    /** Where the note stands; each step needs the one before. */
    public AllowanceNoteStatus getStatus() {
        if (posted != null) {
            return AllowanceNoteStatus.POSTED;
        }
        if (customerSignedOn != null) {
            return AllowanceNoteStatus.CUSTOMER_SIGNED;
        }
        return countersigned != null ? AllowanceNoteStatus.COUNTERSIGNED : AllowanceNoteStatus.ISSUED;
    }

    /** 核决人会签. */
    public void countersign(String by, Instant at) {
        require(AllowanceNoteStatus.ISSUED);
        countersigned = new Handled(by, at);
    }

    /** 客户签回: the customer's signed copy came back. */
    public void recordCustomerSignature(String signer, LocalDate signedOn, String recordedBy) {
        require(AllowanceNoteStatus.COUNTERSIGNED);
        customerSigner = signer;
        customerSignedOn = signedOn;
        customerRecordedBy = recordedBy;
    }

    /** 入账. */
    public void post(String voucher, String by, Instant at) {
        require(AllowanceNoteStatus.CUSTOMER_SIGNED);
        voucherNo = voucher;
        posted = new Handled(by, at);
    }

    public boolean isIn(AllowanceNoteStatus status) {
        return getStatus() == status;
    }

    private void require(AllowanceNoteStatus status) {
        if (getStatus() != status) {
            throw new IllegalStateException("allowance note " + id + " is " + getStatus() + ", not " + status);
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

    /** ZR + issue date + the day's serial, e.g. ZR261201-4. */
    public String getNumber(ZoneId zone) {
        return DaySerial.number(daySerial, "ZR", issued.getAt(), zone, id);
    }

    public Long getId() { return id; }
    public Complaint getComplaint() { return complaint; }
    public Disposition getDisposition() { return disposition; }
    public BigDecimal getAmount() { return amount; }
    public String getReason() { return reason; }
    public Handled getIssued() { return issued; }
    public Handled getCountersigned() { return countersigned; }
    public String getCustomerSigner() { return customerSigner; }
    public LocalDate getCustomerSignedOn() { return customerSignedOn; }
    public String getCustomerRecordedBy() { return customerRecordedBy; }
    public String getVoucherNo() { return voucherNo; }
    public Handled getPosted() { return posted; }
    public long getVersion() { return version; }
}
