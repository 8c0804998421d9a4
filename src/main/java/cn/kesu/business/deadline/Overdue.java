package cn.kesu.business.deadline;

import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.Department;

import java.time.Instant;

/**
 * One overdue step (or case) as the scan reads it: enough to write its reminder, with how many
 * reminders it already had and how many of them are unanswered since the last answered one.
 */
public record Overdue(Long complaintId, Long stepRecordId, Step step, Department department, Instant dueAt,
                      Long reminders, Long unanswered) {

    /** What the reminder is about, for the uniqueness key: S + step record id, or C + case id. */
    String target() {
        return stepRecordId != null ? "S" + stepRecordId : "C" + complaintId;
    }
}
