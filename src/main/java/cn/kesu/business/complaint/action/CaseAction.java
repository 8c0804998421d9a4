package cn.kesu.business.complaint.action;

/**
 * The things a user may do on a case at its current step (SPEC sections 3 and 6), as the case page
 * offers them and the department beans allow them.
 */
public enum CaseAction {
    /** The step's own work, signed: 送出, 受理, 调查, 分析, 研发意见, 查核, 处理意见, 综合意见, 结案. */
    WORK,
    /** The manager's countersignature of the worker's signed part (会签). */
    COUNTERSIGN,
    /** 核决 (approve or reject), by the approver the approval authority named. */
    APPROVE,
    /** 退回 one step with a reason; at the GM office's acceptance it is 退回业务. */
    SEND_BACK,
    /** Attach a photo or letter to an open case. */
    ATTACH,
    /** 客户不接受: business files a new slip linked to the case, at execution or after closing. */
    RECOMPLAIN,
    /** 回访: business records the customer's satisfaction once, after closing. */
    FOLLOW_UP,
    /** 提升严重度: the GM office raises an accepted, open case. */
    RAISE_SEVERITY,
    /** 签呈: any department working cases objects to a numbered case, open or closed (recused persons too). */
    OBJECT,
    /** 开立单据: business issues a 销货折让证明单 or 成品退货单 at execution. */
    ISSUE_DOCUMENT,
    /** 客户确认: business records the customer's acknowledgement of an explanation (仅说明). */
    ACKNOWLEDGE,
    /** 供应商索赔: the GM office claims a supplier's share once the loss is approved. */
    CLAIM_SUPPLIER,
    /** 补填数量: business records the quantities left pending at entry (客户加工中未确定), on an accepted, open case. */
    COMPLETE_QUANTITIES,
    /** 客户联络: business records a contact with the customer about an accepted case, open or closed. */
    CONTACT
}
