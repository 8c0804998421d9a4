package cn.kesu.model.execution;

import cn.kesu.model.user.Role;

import java.util.Optional;

/**
 * What is done next to a document at execution (依批示处理), and by whom: the 销货折让证明单 is countersigned
 * by the case's approver, signed by the customer through business and posted by accounting; the 成品退货单
 * is released by the business manager (批示), received by the warehouse and reconciled by accounting, and a difference beyond the over-acceptance
 * ratio is explained by business, decided by the approver and then posted. One table for the case page,
 * the work lists and the desks.
 */
public enum NoteAction {
    COUNTERSIGN(null),
    CUSTOMER_SIGN(Role.BUSINESS),
    POST(Role.ACCOUNTING),
    /** 批示 of a 成品退货单 before it goes to the warehouse. */
    RELEASE(Role.BUSINESS_MANAGER),
    RECEIVE(Role.WAREHOUSE),
    RECONCILE(Role.ACCOUNTING),
    EXPLAIN(Role.BUSINESS),
    DECIDE(null),
    POST_APPROVED(Role.ACCOUNTING),
    /** 作废会签: the case's approver countersigns the issuer's request to void a note (issue 15, item 4). */
    COUNTERSIGN_VOID(null);

    private final Role department;

    NoteAction(Role department) {
        this.department = department;
    }

    /** The role of the department that takes it; empty where the case's own approver does. */
    public Optional<Role> fixedActor() {
        return Optional.ofNullable(department);
    }

    /** Who takes it on a case approved by {@code approver}. */
    public Role actor(Role approver) {
        return department != null ? department : approver;
    }
}
