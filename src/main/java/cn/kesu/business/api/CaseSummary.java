package cn.kesu.business.api;

import cn.kesu.model.complaint.ContactChannel;
import cn.kesu.model.complaint.PromiseKind;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.Department;

import java.time.Instant;

/**
 * A case as a machine reads it: where it stands (step, holder, deadlines), and what the customer was last told
 * (客户联络记录) and is still promised (对客户的承诺).
 */
public record CaseSummary(Long id, String number, String customerCode, String customerName, String partNo,
                          Severity severity, Step currentStep, Department holderDepartment, boolean awaitingCountersign,
                          Instant createdAt, Instant acceptedAt, Instant stepDueAt, Instant caseDueAt, Instant closedAt,
                          LastContact lastContact, OpenPromise openPromise, long version) {

    /** The latest contact with the customer. */
    public record LastContact(Instant at, ContactChannel channel, String summary) {
    }

    /** The earliest promise to the customer not yet kept. */
    public record OpenPromise(PromiseKind kind, Instant dueAt) {
    }
}
