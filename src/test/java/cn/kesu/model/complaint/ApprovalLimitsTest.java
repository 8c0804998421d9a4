package cn.kesu.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kesu.model.user.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

/** 核决权限 as SPEC section 3 states it, with the default limits of 10,000 and 50,000. */
class ApprovalLimitsTest {

    private final ApprovalLimits limits = new ApprovalLimits(new BigDecimal("10000"), new BigDecimal("50000"));

    @Test
    void upToTheBusinessManagersLimitInclusiveTheBusinessManagerApproves() {
        assertEquals(Role.BUSINESS_MANAGER, limits.approverFor(null, Severity.GENERAL), "no claim");
        assertEquals(Role.BUSINESS_MANAGER, limits.approverFor(BigDecimal.ZERO, Severity.GENERAL));
        assertEquals(Role.BUSINESS_MANAGER, limits.approverFor(new BigDecimal("10000.00"), Severity.GENERAL));
    }

    @Test
    void aboveItUpToTheDeputysLimitInclusiveTheDeputyGmApproves() {
        assertEquals(Role.DEPUTY_GM, limits.approverFor(new BigDecimal("10000.01"), Severity.GENERAL));
        assertEquals(Role.DEPUTY_GM, limits.approverFor(new BigDecimal("50000"), Severity.GENERAL));
    }

    @Test
    void aboveTheDeputysLimitTheGmApproves() {
        assertEquals(Role.GM, limits.approverFor(new BigDecimal("50000.01"), Severity.GENERAL));
    }

    @Test
    void everyMajorOrCrisisCaseGoesToTheGmWhateverTheAmount() {
        assertEquals(Role.GM, limits.approverFor(BigDecimal.ZERO, Severity.MAJOR));
        assertEquals(Role.GM, limits.approverFor(null, Severity.CRISIS));
    }
}
