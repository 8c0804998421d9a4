package cn.kesu.model.complaint;

/**
 * Why a slip continues an earlier case: the customer did not accept its conclusion
 * (再填一份新的客户抱怨处理表附原抱怨表), or rated the follow-up 4 or 5 (回访不满意).
 */
public enum LinkReason {
    /** 客户不接受处理结论 */ NOT_ACCEPTED,
    /** 回访不满意 */ DISSATISFIED;

    public String labelKey() {
        return "linkReason." + name();
    }
}
