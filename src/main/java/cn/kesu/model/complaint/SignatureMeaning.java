package cn.kesu.model.complaint;

/** What a signature attests (签核意义), shown next to the signer on the slip. */
public enum SignatureMeaning {
    /** 业务提交 */ SUBMITTED,
    /** 总经理室受理 */ ACCEPTED,
    /** QA 调查完成 */ QA_COMPLETED,
    /** 质量管理部主管会签 */ QA_COUNTERSIGNED,
    /** 制造部分析完成 */ PRODUCTION_COMPLETED,
    /** 经理室批示 */ PRODUCTION_COUNTERSIGNED,
    /** 研发部意见 */ RND_OPINION,
    /** 总经理室查核 */ GM_CHECKED,
    /** 业务处理意见 */ HANDLING_COMPLETED,
    /** 业务主管核阅 */ HANDLING_COUNTERSIGNED,
    /** 总经理室综合意见 */ CONSOLIDATED,
    /** 批准 */ APPROVED,
    /** 驳回 */ REJECTED,
    /** 执行完毕 */ EXECUTED,
    /** 不成立结案 */ CLOSED_INVALID,
    /** 开立销货折让证明单 */ ALLOWANCE_ISSUED,
    /** 核决人会签折让单 */ ALLOWANCE_COUNTERSIGNED,
    /** 客户签回折让单 */ ALLOWANCE_CUSTOMER_SIGNED,
    /** 会计入账（折让） */ ALLOWANCE_POSTED,
    /** 开立成品退货单 */ RETURN_ISSUED,
    /** 业务经理批示成品退货单 */ RETURN_RELEASED,
    /** 仓储实收 */ RETURN_RECEIVED,
    /** 会计核对退货 */ RETURN_RECONCILED,
    /** 业务说明数量差异 */ VARIANCE_EXPLAINED,
    /** 核决人核准数量差异 */ VARIANCE_APPROVED,
    /** 核决人退回差异说明 */ VARIANCE_REFUSED,
    /** 会计入账（退货） */ RETURN_POSTED,
    /** 客户确认说明 */ EXPLANATION_ACKNOWLEDGED,
    /** 补填交运及不良数量 */ QUANTITIES_COMPLETED,
    /** 申请作废单据 */ VOID_REQUESTED,
    /** 核决人会签作废 */ VOID_COUNTERSIGNED,
    /** 核决人不同意作废 */ VOID_REFUSED,
    /** 客户不接受，转新单 */ CLOSED_NOT_ACCEPTED,
    /** 客户不接受结案结论，另开新单 */ RECOMPLAINT_FILED,
    /** 8D 根本原因确定 (D4) */ ROOT_CAUSE_FOUND,
    /** 8D 结案 (D8) */ EIGHT_D_CLOSED,
    /** 开立暂停生产通知 (D3) */ WIP_HOLD_ISSUED,
    /** 解除暂停生产 (D3) */ WIP_HOLD_RELEASED;

    public String labelKey() {
        return "meaning." + name();
    }
}
