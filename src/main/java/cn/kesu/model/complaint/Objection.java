package cn.kesu.model.complaint;

import cn.kesu.model.Handled;
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
import org.hibernate.envers.Audited;

import java.io.Serializable;
import java.time.Instant;

/**
 * 签呈: a department that disagrees with a resolution of the case (a responsibility share, a penalty,
 * the disposition) files its objection with reasons; the gm rules on it, and the ruling stays on the
 * case and its slip. Filing is open to a recused person too: objecting to being named responsible is
 * exactly what the procedure lets a department do.
 */
@Entity
@Audited
@Table(name = "objection")
public class Objection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Department department;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "filed_by", nullable = false, length = 50, updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "filed_at", nullable = false, updatable = false))
    private Handled filed;

    @Column(name = "filed_by_name", nullable = false, length = 100, updatable = false)
    private String filedByName;

    @Column(nullable = false, length = 4000, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Ruling ruling;

    @Column(name = "ruling_text", length = 4000)
    private String rulingText;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "ruled_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "ruled_at"))
    private Handled rulingSigned;

    @Column(name = "ruled_by_name", length = 100)
    private String ruledByName;

    @Version
    private long version;

    protected Objection() {
    }

    public Objection(Complaint complaint, Department department, String filedBy, String filedByName, Instant filedAt,
                     String reason) {
        this.complaint = complaint;
        this.department = department;
        this.filedByName = filedByName;
        this.filed = new Handled(filedBy, filedAt);
        this.reason = reason;
    }

    /** 批示: recorded once; a ruled objection is final. */
    public void rule(Ruling decision, String text, String by, String byName, Instant at) {
        if (isRuled()) {
            throw new IllegalStateException("objection " + id + " is already ruled");
        }
        this.ruling = decision;
        this.rulingText = text;
        this.ruledByName = byName;
        this.rulingSigned = new Handled(by, at);
    }

    public boolean isRuled() {
        return ruling != null;
    }

    public Long getId() { return id; }
    public Complaint getComplaint() { return complaint; }
    public Department getDepartment() { return department; }
    public String getFiledByName() { return filedByName; }
    public Handled getFiled() { return filed; }
    public String getReason() { return reason; }
    public Ruling getRuling() { return ruling; }
    public String getRulingText() { return rulingText; }
    public String getRuledByName() { return ruledByName; }
    public Handled getRulingSigned() { return rulingSigned; }
    public long getVersion() { return version; }
}
