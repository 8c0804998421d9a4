package cn.kesu.business.deadline;

import java.io.Serializable;
import java.time.Instant;

/** A closed case still waiting for its satisfaction follow-up (回访), due some days after closing. */
public record FollowUpRow(Long caseId, String number, String customer, String createdBy, Instant closedAt,
                          Instant dueAt, boolean overdue) implements Serializable {
}
