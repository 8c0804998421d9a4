package cn.kesu.model.complaint;

import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.RoleConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

import java.io.Serializable;
import java.time.Instant;

/**
 * An electronic signature (电子签核) on a step, given by re-entering the password: who (user, full name,
 * role, department as they were at signing), when, what it means and the opinion signed. Signatures
 * are written once and never changed.
 */
@Entity
@Table(name = "signature")
public class Signature implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "step_record_id", nullable = false, updatable = false)
    private StepRecord stepRecord;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Step step;

    @Column(nullable = false, length = 50, updatable = false)
    private String username;

    @Column(name = "full_name", nullable = false, length = 100, updatable = false)
    private String fullName;

    @Convert(converter = RoleConverter.class)
    @Column(nullable = false, length = 30, updatable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Department department;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private SignatureMeaning meaning;

    @Column(length = 4000, updatable = false)
    private String opinion;

    protected Signature() {
    }

    public Signature(Complaint complaint, StepRecord stepRecord, Signer signer, Instant signedAt,
                     SignatureMeaning meaning, String opinion) {
        this.complaint = complaint;
        this.stepRecord = stepRecord;
        this.step = stepRecord.getStep();
        this.username = signer.username();
        this.fullName = signer.fullName();
        this.role = signer.role();
        this.department = signer.department();
        this.signedAt = signedAt;
        this.meaning = meaning;
        this.opinion = opinion;
    }

    public Long getId() { return id; }
    public Step getStep() { return step; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public Role getRole() { return role; }
    public Department getDepartment() { return department; }
    public Instant getSignedAt() { return signedAt; }
    public SignatureMeaning getMeaning() { return meaning; }
    public String getOpinion() { return opinion; }
}
