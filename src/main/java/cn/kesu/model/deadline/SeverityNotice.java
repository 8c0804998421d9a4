package cn.kesu.model.deadline;

import cn.kesu.model.Handled;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Severity;
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
import org.hibernate.annotations.DynamicUpdate;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/**
 * 重大客诉通报: a case became major or crisis, and the gm must know within 24 hours (SPEC section 7).
 * One per case and level, in the gm's inbox and by mail. Its mail is due at once, day or night: the
 * 24-hour promise would not survive a weekend's wait for working hours.
 */
// Only changed columns are written, so the gm's acknowledgement never overwrites what the mail sender recorded.
@DynamicUpdate
@Entity
@Table(name = "severity_notice")
public class SeverityNotice implements Serializable {

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
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private SeverityReason reason;

    /** What the GM office wrote when it raised the case itself. */
    @Column(length = 2000, updatable = false)
    private String note;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "acknowledged_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "acknowledged_at"))
    private Handled acknowledgement;

    @Embedded
    private MailDelivery mail;

    @Embedded
    private ChatDelivery chat = new ChatDelivery();

    @Version
    private long version;

    protected SeverityNotice() {
    }

    public SeverityNotice(Complaint complaint, SeverityReason reason, String note, Instant issuedAt) {
        this.complaint = complaint;
        this.severity = complaint.getSeverity();
        this.reason = reason;
        this.note = note;
        this.issuedAt = issuedAt;
        this.mail = new MailDelivery(issuedAt);
    }

    /** 签收 by the gm; a second acknowledgement keeps the first. */
    public void acknowledge(String by, Instant at) {
        if (acknowledgement == null) {
            acknowledgement = new Handled(by, at);
        }
    }

    public boolean isAcknowledged() {
        return acknowledgement != null;
    }

    public DaySerial getDaySerial() {
        return daySerial;
    }

    /** ZD + issue date + the day's serial. */
    public String getNumber(ZoneId zone) {
        return DaySerial.number(daySerial, "ZD", issuedAt, zone, id);
    }

    public Long getId() { return id; }
    public Complaint getComplaint() { return complaint; }
    public Severity getSeverity() { return severity; }
    public SeverityReason getReason() { return reason; }
    public String getNote() { return note; }
    public Instant getIssuedAt() { return issuedAt; }
    public Handled getAcknowledgement() { return acknowledgement; }
    public MailDelivery getMail() { return mail; }
    public ChatDelivery getChat() { return chat; }
    public long getVersion() { return version; }
}
