package cn.kesu.model.complaint;

import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;

/**
 * The steps of the procedure (SPEC section 3) with the department and role that hold each, the
 * manager who countersigns where the procedure asks for it, and the default step deadline in
 * working days (administrators change it in the settings). {@link #APPROVAL} is held by whoever the
 * approval authority (核决权限) names for the case.
 */
public enum Step {
    DRAFT(Department.BUSINESS, Role.BUSINESS, null, 0),
    SUBMITTED(Department.GM_OFFICE, Role.GM_OFFICE, null, 1),
    QA_INVESTIGATION(Department.QA, Role.QA, Role.QA_MANAGER, 3),
    PRODUCTION_ANALYSIS(Department.PRODUCTION, Role.PRODUCTION, Role.PRODUCTION_MANAGER, 2),
    RND_OPINION(Department.RND, Role.RND, null, 2),
    GM_CHECK(Department.GM_OFFICE, Role.GM_OFFICE, null, 1),
    BUSINESS_HANDLING(Department.BUSINESS, Role.BUSINESS, Role.BUSINESS_MANAGER, 3),
    GM_CONSOLIDATION(Department.GM_OFFICE, Role.GM_OFFICE, null, 1),
    APPROVAL(null, null, null, 2),
    EXECUTION(Department.BUSINESS, Role.BUSINESS, null, 5),
    /** 结案 */
    CLOSED(null, null, null, 0),
    /** 不成立结案: closed at consolidation without approval. */
    INVALID(null, null, null, 0),
    /**
     * 客户不接受，转新单: at execution the customer did not accept the conclusion; the case closes and a linked
     * re-complaint carries the matter on (issue 15, item 4).
     */
    NOT_ACCEPTED(null, null, null, 0);

    private final Department department;
    private final Role worker;
    private final Role countersigner;
    private final int defaultWorkingDays;

    Step(Department department, Role worker, Role countersigner, int defaultWorkingDays) {
        this.department = department;
        this.worker = worker;
        this.countersigner = countersigner;
        this.defaultWorkingDays = defaultWorkingDays;
    }

    /** The holding department; null for approval (depends on the approver) and the end states. */
    public Department department() {
        return department;
    }

    public Role worker() {
        return worker;
    }

    public Role countersigner() {
        return countersigner;
    }

    public boolean needsCountersign() {
        return countersigner != null;
    }

    public int defaultWorkingDays() {
        return defaultWorkingDays;
    }

    /** Whether the step has a deadline at all; drafts and end states have none. */
    public boolean hasDeadline() {
        return defaultWorkingDays > 0;
    }

    public boolean isEnd() {
        return this == CLOSED || this == INVALID || this == NOT_ACCEPTED;
    }

    public String labelKey() {
        return "step." + name();
    }
}
