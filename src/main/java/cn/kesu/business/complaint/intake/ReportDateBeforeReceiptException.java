package cn.kesu.business.complaint.intake;

import cn.kesu.business.common.RuleViolation;

/** 客户要求报告日期 before the day the complaint was received: the customer cannot have asked for that. */
public class ReportDateBeforeReceiptException extends RuleViolation {

    public ReportDateBeforeReceiptException(String caseLabel) {
        super("report requested before receipt on " + caseLabel, caseLabel);
    }
}
