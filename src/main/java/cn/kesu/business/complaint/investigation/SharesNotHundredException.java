package cn.kesu.business.complaint.investigation;

import cn.kesu.business.common.RuleViolation;

/** Responsibility shares must add up to 100 percent. */
public class SharesNotHundredException extends RuleViolation {

    public SharesNotHundredException(int total) {
        super("shares add up to " + total, total);
    }
}
