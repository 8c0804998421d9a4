package cn.kesu.model.complaint;

/** The handling the GM office consolidates and the approver approves (处理方式). */
public enum Disposition {
    /** 退货 */ RETURN,
    /** 换货 */ EXCHANGE,
    /** 折让 */ ALLOWANCE,
    /** 赔款 */ COMPENSATION,
    /** 重处理 */ REWORK,
    /** 仅说明 */ EXPLANATION_ONLY;

    public String labelKey() {
        return "disposition." + name();
    }
}
