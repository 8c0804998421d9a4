package cn.kesu.model.deadline;

/** What made a case major or crisis, as the notice to the gm says it. */
public enum SeverityReason {
    /** 质量管理部判定 */ QA_FINDING,
    /** 同一客户同一料号 30 天内三次以上投诉 */ REPEAT,
    /** 核决金额超过副总经理核决权限 (the claim plus goods taken back, or the larger loss) */ CLAIM_LIMIT,
    /** 总经理室提升 */ GM_OFFICE,
    /** 再投诉（客户不接受或回访不满意） */ RECOMPLAINT;

    public String labelKey() {
        return "severityReason." + name();
    }
}
