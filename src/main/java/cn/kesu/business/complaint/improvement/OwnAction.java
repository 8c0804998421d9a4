package cn.kesu.business.complaint.improvement;

import cn.kesu.model.improvement.ActionKind;
import cn.kesu.model.improvement.Discipline;
import cn.kesu.model.user.Department;

import java.io.Serializable;
import java.time.Instant;

/**
 * 本部门改善行动 as the lists show it: an open 8D action of the caller's department, read as one row without loading
 * the action or its case (the 待办案件 list shows these on every render; issue 17).
 */
public record OwnAction(Long id, Long caseId, String caseNumber, Discipline discipline, ActionKind kind,
                        Department owner, String description, Instant dueAt) implements Serializable {

    /** The case as the lists name it: its number, or "#id" before it has one. */
    public String caseLabel() {
        return caseNumber != null ? caseNumber : "#" + caseId;
    }

    /** Open and past its due time. */
    public boolean isOverdue(Instant now) {
        return now.isAfter(dueAt);
    }
}
