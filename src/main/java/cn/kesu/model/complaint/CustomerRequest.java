package cn.kesu.model.complaint;

/** What the customer asks for (客户要求); several may be asked at once. */
public enum CustomerRequest {
    /** 退货 */ RETURN,
    /** 换货 */ EXCHANGE,
    /** 折让 */ ALLOWANCE,
    /** 赔款 */ COMPENSATION,
    /** 重处理 */ REWORK,
    /** 分析报告 */ ANALYSIS_REPORT,
    /** 到厂处理 */ ON_SITE;

    public String labelKey() {
        return "request." + name();
    }
}
