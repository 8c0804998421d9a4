package cn.kesu.model.complaint;

/**
 * The handling the GM office consolidates and the approver approves (处理方式). Each is carried out at
 * execution by its own document: goods coming back by a 成品退货单, money by a 销货折让证明单, an
 * explanation by the customer's acknowledgement.
 */
public enum Disposition {
    /** 退货 */ RETURN,
    /** 换货 */ EXCHANGE,
    /** 折让 */ ALLOWANCE,
    /** 赔款 */ COMPENSATION,
    /** 重处理 */ REWORK,
    /** 仅说明 */ EXPLANATION_ONLY;

    /** Goods come back to the warehouse: a 成品退货单 with an approved quantity. */
    public boolean needsReturnNote() {
        return this == RETURN || this == EXCHANGE || this == REWORK;
    }

    /** Money goes to the customer: a 销货折让证明单 within the approved amount. */
    public boolean needsAllowanceNote() {
        return this == ALLOWANCE || this == COMPENSATION;
    }

    public String labelKey() {
        return "disposition." + name();
    }
}
