package cn.kesu.business.complaint.query;

import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.Department;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a work list or of the ledger (客户抱怨案件登记追踪表), read in one query without entities.
 * A class with getters rather than a record, because Faces EL 5 reads only bean properties.
 */
public final class CaseRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String number;
    private final String customerCode;
    private final String customerName;
    private final String partNo;
    private final Step currentStep;
    private final Department holderDepartment;
    private final boolean awaitingCountersign;
    private final Severity severity;
    private final Integer defectQuantity;
    private final Instant createdAt;
    private final Instant acceptedAt;
    private final Instant stepDueAt;
    private final Instant caseDueAt;
    private final Instant closedAt;
    private final long version;

    @SuppressWarnings("java:S107")
    public CaseRow(Long id, String number, String customerCode, String customerName, String partNo, Step currentStep,
                   Department holderDepartment, boolean awaitingCountersign, Severity severity, Integer defectQuantity,
                   Instant createdAt, Instant acceptedAt, Instant stepDueAt, Instant caseDueAt, Instant closedAt,
                   long version) {
        this.id = id;
        this.number = number;
        this.customerCode = customerCode;
        this.customerName = customerName;
        this.partNo = partNo;
        this.currentStep = currentStep;
        this.holderDepartment = holderDepartment;
        this.awaitingCountersign = awaitingCountersign;
        this.severity = severity;
        this.defectQuantity = defectQuantity;
        this.createdAt = createdAt;
        this.acceptedAt = acceptedAt;
        this.stepDueAt = stepDueAt;
        this.caseDueAt = caseDueAt;
        this.closedAt = closedAt;
        this.version = version;
    }

    /** The step's deadline has passed, or the case's while it is open. */
    public boolean isOverdue(Instant now) {
        return closedAt == null && ((stepDueAt != null && now.isAfter(stepDueAt))
                || (caseDueAt != null && now.isAfter(caseDueAt)));
    }

    /** Due within a day. */
    public boolean isDueSoon(Instant now) {
        return !isOverdue(now) && stepDueAt != null && now.plusSeconds(24 * 3600).isAfter(stepDueAt);
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public String getCustomerCode() { return customerCode; }
    public String getCustomerName() { return customerName; }
    public String getPartNo() { return partNo; }
    public Step getCurrentStep() { return currentStep; }
    public Department getHolderDepartment() { return holderDepartment; }
    public boolean isAwaitingCountersign() { return awaitingCountersign; }
    public Severity getSeverity() { return severity; }
    public Integer getDefectQuantity() { return defectQuantity; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public Instant getStepDueAt() { return stepDueAt; }
    public Instant getCaseDueAt() { return caseDueAt; }
    public Instant getClosedAt() { return closedAt; }
    public long getVersion() { return version; }
}
