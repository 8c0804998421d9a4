package cn.kesu.model.complaint;

import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.Customer;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.RoleConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A customer complaint case and its slip (客户抱怨处理表): what business entered, what each department
 * found, and where the case stands. The case moves only through its own methods, which refuse a move
 * the procedure does not allow; the department beans check who may ask for it.
 */
@Entity
@Audited
@Table(name = "complaint")
public class Complaint implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** 客诉编号, assigned at acceptance: YYMM and a monthly serial. */
    @Column(length = 12, unique = true)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @ManyToOne
    @JoinColumn(name = "abnormality_type_id")
    private CatalogEntry abnormalityType;

    @Embedded
    private SlipDetails slip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Severity severity = Severity.GENERAL;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_step", nullable = false, length = 30)
    private Step currentStep;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_department", length = 30)
    private Department holderDepartment;

    @Convert(converter = RoleConverter.class)
    @Column(name = "holder_role", length = 30)
    private Role holderRole;

    @Column(name = "awaiting_countersign", nullable = false)
    private boolean awaitingCountersign;

    /** Due time of the current step, copied here so work lists sort and filter without a join. */
    @Column(name = "step_due_at")
    private Instant stepDueAt;

    /** 结案期限: 15 (domestic) or 20 (foreign) calendar days from acceptance. */
    @Column(name = "case_due_at")
    private Instant caseDueAt;

    /** Set while the case deadline is paused, which needs the GM office's approval. */
    @Column(name = "case_paused_since")
    private Instant casePausedSince;

    @Column(name = "created_by", nullable = false, length = 50, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Embedded
    private QaInvestigation qa;

    @ManyToOne
    @JoinColumn(name = "qa_cause_code_id")
    private CatalogEntry qaCauseCode;

    /** Usernames QA recorded as responsible; they may read the case but act on none of its steps. */
    @Column(name = "responsible_persons", length = 500)
    private String responsiblePersons;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Responsibility> responsibilities = new ArrayList<>();

    @Embedded
    private ProductionAnalysis production;

    @Column(name = "rnd_opinion", length = 4000)
    private String rndOpinion;

    @Embedded
    private BusinessHandling handling;

    @Embedded
    private Consolidation consolidation;

    /** The case this slip continues (原抱怨表), when the customer did not accept it or rated it 4 or 5. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "original_case_id", updatable = false)
    private Complaint originalCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_reason", length = 20, updatable = false)
    private LinkReason linkReason;

    @Embedded
    private CustomerAcknowledgement acknowledgement;

    @Embedded
    private SatisfactionFollowUp followUp;

    /** The approver the approval authority named at consolidation. */
    @Convert(converter = RoleConverter.class)
    @Column(name = "approver_role", length = 30)
    private Role approverRole;

    @NotAudited
    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<StepRecord> steps = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<Signature> signatures = new ArrayList<>();

    @Version
    private long version;

    protected Complaint() {
    }

    /** Business opens a draft slip (填具客户抱怨处理表). */
    public static Complaint draft(Customer customer, CatalogEntry abnormalityType, SlipDetails slip, String createdBy,
                                  Instant now) {
        Complaint complaint = new Complaint();
        complaint.customer = customer;
        complaint.abnormalityType = abnormalityType;
        complaint.slip = slip;
        complaint.createdBy = createdBy;
        complaint.createdAt = now;
        complaint.enter(Step.DRAFT, Step.DRAFT.department(), Step.DRAFT.worker(), now, null);
        return complaint;
    }

    /**
     * 再填一份新的客户抱怨处理表附原抱怨表: a new draft that carries the original's slip, linked to it,
     * one severity level higher. Business revises it like any draft before submitting it.
     */
    public static Complaint recomplaint(Complaint original, LinkReason reason, String note, String createdBy,
                                        Instant now) {
        SlipDetails was = original.slip;
        String description = "【续 " + original.number + "】" + note + "\n\n" + was.getDescription();
        if (description.length() > 4000) {
            // Never cut the customer's words: the original's description stays whole on the original case.
            description = "【续 " + original.number + "】" + note + "\n\n（原抱怨表的不良描述见原案 " + original.number + "）";
        }
        SlipDetails slip = new SlipDetails(was.getContact(), was.getChannel(), now, was.getOrderNo(), was.getPartNo(),
                was.getShipmentDate(), was.getQuantityShipped(), was.getDefectQuantity(), was.getCustomerRequests(),
                was.isQuantitiesPending(), description,
                was.isSampleReceived(), was.getCategory(), was.getBusinessRemark(), was.getComplainedPerson(), null);
        Complaint complaint = draft(original.customer, original.abnormalityType, slip, createdBy, now);
        complaint.originalCase = original;
        complaint.linkReason = reason;
        complaint.severity = original.severity.raised();
        return complaint;
    }

    /** The first case of the chain of re-complaints this one belongs to (投诉链): itself when it continues none. */
    public Complaint firstOfChain() {
        // Through the getter: an earlier case is a lazy proxy whose fields are not loaded.
        Complaint first = this;
        while (first.getOriginalCase() != null) {
            first = first.getOriginalCase();
        }
        return first;
    }

    public void reviseDraft(Customer newCustomer, CatalogEntry newAbnormalityType, SlipDetails newSlip) {
        requireAt(Step.DRAFT);
        this.customer = newCustomer;
        this.abnormalityType = newAbnormalityType;
        this.slip = newSlip;
    }

    /** Where the case goes when the current step is done, from what the departments found. */
    public Step nextStep() {
        return switch (currentStep) {
            case DRAFT -> Step.SUBMITTED;
            case SUBMITTED -> Step.QA_INVESTIGATION;
            case QA_INVESTIGATION -> qa.isEstablished() ? Step.PRODUCTION_ANALYSIS : Step.GM_CHECK;
            case PRODUCTION_ANALYSIS -> qa.isSpecial() ? Step.RND_OPINION : Step.GM_CHECK;
            case RND_OPINION -> Step.GM_CHECK;
            case GM_CHECK -> Step.BUSINESS_HANDLING;
            case BUSINESS_HANDLING -> Step.GM_CONSOLIDATION;
            case GM_CONSOLIDATION -> qa.isEstablished() ? Step.APPROVAL : Step.INVALID;
            case APPROVAL -> Step.EXECUTION;
            case EXECUTION -> Step.CLOSED;
            case CLOSED, INVALID, NOT_ACCEPTED -> throw new IllegalStateException("case " + id + " is closed");
        };
    }

    /** The step a send-back (退回) returns to: the one the case came from on its way. */
    public Step previousStep() {
        return switch (currentStep) {
            case SUBMITTED -> Step.DRAFT;
            case QA_INVESTIGATION -> Step.SUBMITTED;
            case PRODUCTION_ANALYSIS -> Step.QA_INVESTIGATION;
            case RND_OPINION -> Step.PRODUCTION_ANALYSIS;
            case GM_CHECK -> !qa.isEstablished() ? Step.QA_INVESTIGATION
                    : qa.isSpecial() ? Step.RND_OPINION : Step.PRODUCTION_ANALYSIS;
            case BUSINESS_HANDLING -> Step.GM_CHECK;
            case GM_CONSOLIDATION -> Step.BUSINESS_HANDLING;
            case APPROVAL -> Step.GM_CONSOLIDATION;
            case EXECUTION -> Step.APPROVAL;
            case DRAFT, CLOSED, INVALID, NOT_ACCEPTED ->
                    throw new IllegalStateException("nothing to send back to from " + currentStep);
        };
    }

    public boolean canBeSentBack() {
        return !currentStep.isEnd() && currentStep != Step.DRAFT;
    }

    /** Finishes the current step and enters the next one, held by the department and role given. */
    public void advance(Department nextDepartment, Role nextRole, Instant now, Instant nextDue) {
        Step next = nextStep();
        currentRecord().finish(now, Outcome.COMPLETED, null);
        if (currentStep == Step.DRAFT) {
            submittedAt = now;
        }
        if (next.isEnd()) {
            end(next, now);
        } else {
            enter(next, nextDepartment, nextRole, now, nextDue);
        }
    }

    /**
     * 客户不接受，转新单: at execution the customer did not accept the conclusion; the case closes in its own
     * end state, and the re-complaint linked to it carries the matter on.
     */
    public void closeNotAccepted(Instant now) {
        requireAt(Step.EXECUTION);
        currentRecord().finish(now, Outcome.NOT_ACCEPTED, null);
        end(Step.NOT_ACCEPTED, now);
    }

    private void end(Step endState, Instant now) {
        currentStep = endState;
        holderDepartment = null;
        holderRole = null;
        stepDueAt = null;
        awaitingCountersign = false;
        closedAt = now;
    }

    /** 退回: back one step with a reason; the case deadline keeps running. */
    public void sendBack(String reason, Department previousDepartment, Role previousRole, Instant now, Instant due) {
        Step previous = previousStep();
        currentRecord().finish(now, Outcome.SENT_BACK, reason);
        enter(previous, previousDepartment, previousRole, now, due);
    }

    /**
     * 受理: the GM office numbers the slip and starts the case deadline. A case sent back to the GM
     * office and accepted again keeps its number and deadline: numbers are never reused or changed.
     */
    public void accept(String caseNumber, Instant caseDue, Instant now) {
        requireAt(Step.SUBMITTED);
        if (number == null) {
            number = caseNumber;
            caseDueAt = caseDue;
            acceptedAt = now;
        }
    }

    /** How notices and refusals name the case: its number once it has one, else its draft id. */
    public String label() {
        return number != null ? number : "#" + id;
    }

    public boolean isNumbered() {
        return number != null;
    }

    public void recordQaInvestigation(QaInvestigation findings, CatalogEntry causeCode, CatalogEntry abnormality,
                                      Map<CatalogEntry, Integer> shares, Collection<String> persons,
                                      Severity newSeverity) {
        requireAt(Step.QA_INVESTIGATION);
        this.qa = findings;
        this.qaCauseCode = causeCode;
        if (abnormality != null) {
            // QA classifies the defect where the slip left it open, or corrects business's guess.
            this.abnormalityType = abnormality;
        }
        this.responsibilities.clear();
        shares.forEach((party, percent) -> responsibilities.add(new Responsibility(this, party, percent)));
        this.responsiblePersons = persons.isEmpty() ? null
                : persons.stream().map(String::strip).collect(Collectors.toCollection(TreeSet::new))
                .stream().collect(Collectors.joining(","));
        raiseSeverity(newSeverity);
    }

    /** Raises the severity to {@code level}; a lower or equal level changes nothing. Returns whether it rose. */
    public boolean raiseSeverity(Severity level) {
        if (!level.isAbove(severity)) {
            return false;
        }
        severity = level;
        return true;
    }

    /**
     * 改呈: the severity rose while the case waited for a lower approver; the approval starts again
     * with the approver the authority names now, with a fresh step deadline.
     */
    public void rerouteApproval(Role approver, Instant now, Instant due) {
        requireAt(Step.APPROVAL);
        currentRecord().finish(now, Outcome.REROUTED, null);
        approverRole = approver;
        enter(Step.APPROVAL, approver.homeDepartment(), approver, now, due);
    }

    /**
     * 移交: at execution a document waits for another department (the warehouse receiving goods, accounting
     * posting, the approver countersigning), so the execution's clock is that department's while it waits.
     * The current stay ends and a stay of the same step, with the same deadline, begins for that department;
     * reminders and, at closing, 查办单 for a late stay go to whoever held it (issue 15, item 2). The case
     * itself stays with its holder, who issues the documents and closes the case.
     */
    public void handExecutionTo(Department department, Role role, Instant now) {
        requireAt(Step.EXECUTION);
        StepRecord current = currentRecord();
        if (current.getHolderDepartment() == department) {
            return;
        }
        current.finish(now, Outcome.HANDED_OVER, null);
        StepRecord next = new StepRecord(this, Step.EXECUTION, department, role, now, current.getDueAt());
        if (current.isPaused()) {
            next.pause(current.getPausedSince());
        }
        steps.add(next);
    }

    /** 补填数量 of an accepted, open case whose quantities the customer was still processing (客户加工中未确定). */
    public void completeQuantities(int shipped, int defects) {
        if (!isNumbered() || currentStep.isEnd()) {
            throw new IllegalStateException("case " + id + " is not open and accepted");
        }
        slip.completeQuantities(shipped, defects);
    }

    public void recordAcknowledgement(CustomerAcknowledgement acknowledged) {
        requireAt(Step.EXECUTION);
        this.acknowledgement = acknowledged;
    }

    /** 回访, once, after closing. */
    public void recordFollowUp(SatisfactionFollowUp rating) {
        if (!currentStep.isEnd()) {
            throw new IllegalStateException("case " + id + " is not closed");
        }
        if (followUp != null) {
            throw new IllegalStateException("case " + id + " already has its follow-up");
        }
        this.followUp = rating;
    }

    public void recordProductionAnalysis(ProductionAnalysis analysis) {
        requireAt(Step.PRODUCTION_ANALYSIS);
        this.production = analysis;
    }

    public void recordRndOpinion(String opinion) {
        requireAt(Step.RND_OPINION);
        this.rndOpinion = opinion;
    }

    public void recordHandling(BusinessHandling proposal) {
        requireAt(Step.BUSINESS_HANDLING);
        this.handling = proposal;
    }

    public void recordConsolidation(Consolidation opinion, Role approver) {
        requireAt(Step.GM_CONSOLIDATION);
        this.consolidation = opinion;
        this.approverRole = approver;
    }

    /** The worker signed a step that needs a manager's countersignature; the step stays open. */
    public void workSigned(Instant now) {
        currentRecord().workSigned(now);
        awaitingCountersign = true;
    }

    public void addSignature(Signature signature) {
        signatures.add(signature);
    }

    /** 回避: the person complained about and the responsible persons may read the case but not act on it. */
    public boolean isRecused(String username) {
        return username.equals(slip.getComplainedPerson()) || getResponsiblePersons().contains(username);
    }

    /**
     * Whether a caller with the roles {@code hasRole} accepts holds the current step: its worker, or the
     * manager who countersigns it. Nobody holds the step of a closed case.
     */
    public boolean isHeldBy(Predicate<Role> hasRole) {
        if (holderRole == null) {
            return false;
        }
        return hasRole.test(holderRole) || currentStep.needsCountersign() && hasRole.test(currentStep.countersigner());
    }

    /** 暂停计时: the current step waits on the customer. */
    public void pauseStep(Instant now) {
        currentRecord().pause(now);
    }

    /** The wait is over; the step's deadline moves to {@code newDue}. */
    public void resumeStep(Instant newDue) {
        currentRecord().resume(newDue);
        stepDueAt = newDue;
    }

    public boolean isStepPaused() {
        return !currentStep.isEnd() && currentRecord().isPaused();
    }

    /** The GM office approved pausing the 15/20-day case deadline as well. */
    public void pauseCaseClock(Instant now) {
        casePausedSince = now;
    }

    public void resumeCaseClock(Instant newCaseDue) {
        casePausedSince = null;
        caseDueAt = newCaseDue;
    }

    /** Who signed last with {@code meaning} (the consolidation, the approval); empty if nobody has. */
    public java.util.Optional<String> lastSignerOf(SignatureMeaning meaning) {
        for (int i = signatures.size() - 1; i >= 0; i--) {
            if (signatures.get(i).getMeaning() == meaning) {
                return java.util.Optional.of(signatures.get(i).getUsername());
            }
        }
        return java.util.Optional.empty();
    }

    /** Who signed the worker's part now waiting for the countersignature; empty when nothing waits. */
    public java.util.Optional<String> workSigner() {
        if (!isAwaitingCountersign() || signatures.isEmpty()) {
            return java.util.Optional.empty();
        }
        Signature last = signatures.get(signatures.size() - 1);
        return last.getStep() == currentStep ? java.util.Optional.of(last.getUsername()) : java.util.Optional.empty();
    }

    public StepRecord currentRecord() {
        return steps.get(steps.size() - 1);
    }

    public boolean isAt(Step step) {
        return currentStep == step;
    }

    private void enter(Step step, Department department, Role role, Instant now, Instant due) {
        StepRecord record = new StepRecord(this, step, department, role, now, due);
        steps.add(record);
        currentStep = step;
        holderDepartment = department;
        holderRole = role;
        stepDueAt = due;
        awaitingCountersign = false;
    }

    private void requireAt(Step step) {
        if (currentStep != step) {
            throw new IllegalStateException("case " + id + " is at " + currentStep + ", not " + step);
        }
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Customer getCustomer() { return customer; }
    public CatalogEntry getAbnormalityType() { return abnormalityType; }
    public SlipDetails getSlip() { return slip; }
    public Severity getSeverity() { return severity; }
    public Step getCurrentStep() { return currentStep; }
    public Department getHolderDepartment() { return holderDepartment; }
    public Role getHolderRole() { return holderRole; }
    public boolean isAwaitingCountersign() { return awaitingCountersign; }
    public Instant getStepDueAt() { return stepDueAt; }
    public Instant getCaseDueAt() { return caseDueAt; }
    public Instant getCasePausedSince() { return casePausedSince; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public Instant getClosedAt() { return closedAt; }
    public QaInvestigation getQa() { return qa; }
    public CatalogEntry getQaCauseCode() { return qaCauseCode; }
    public List<Responsibility> getResponsibilities() { return List.copyOf(responsibilities); }
    public ProductionAnalysis getProduction() { return production; }
    public String getRndOpinion() { return rndOpinion; }
    public BusinessHandling getHandling() { return handling; }
    public Consolidation getConsolidation() { return consolidation; }
    public Role getApproverRole() { return approverRole; }
    public Complaint getOriginalCase() { return originalCase; }
    public LinkReason getLinkReason() { return linkReason; }
    public CustomerAcknowledgement getAcknowledgement() { return acknowledgement; }
    public SatisfactionFollowUp getFollowUp() { return followUp; }
    public List<StepRecord> getSteps() { return List.copyOf(steps); }
    public List<Signature> getSignatures() { return List.copyOf(signatures); }
    public long getVersion() { return version; }

    public Set<String> getResponsiblePersons() {
        return responsiblePersons == null ? Set.of() : Set.copyOf(Arrays.asList(responsiblePersons.split(",")));
    }
}
