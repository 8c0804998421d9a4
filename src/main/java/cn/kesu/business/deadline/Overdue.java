package cn.kesu.business.deadline;

import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.Department;

import java.time.Instant;

/**
 * One overdue step (or case, promise to the customer or 8D action) as the scan reads it: enough to write its reminder, with
 * how many reminders it already had and how many of them are unanswered since the last answered one.
 */
public record Overdue(Long complaintId, Long stepRecordId, Step step, Department department, Instant dueAt,
                      Long reminders, Long unanswered, Long promiseId, Long actionId) {

    /** A step or a case. */
    public Overdue(Long complaintId, Long stepRecordId, Step step, Department department, Instant dueAt,
                   Long reminders, Long unanswered) {
        this(complaintId, stepRecordId, step, department, dueAt, reminders, unanswered, null, null);
    }

    /**
     * What the reminder is about, for the uniqueness key: S + step record id, P + promise id, A + action id, or
     * C + case id.
     */
    String target() {
        if (stepRecordId != null) {
            return "S" + stepRecordId;
        }
        if (promiseId != null) {
            return "P" + promiseId;
        }
        return actionId != null ? "A" + actionId : "C" + complaintId;
    }
}
