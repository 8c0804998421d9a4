package cn.kesu.business.complaint;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kesu.business.complaint.action.WrongApproverException;
import cn.kesu.business.complaint.workflow.ApprovalAuthority;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.Role;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

/** 核决权限 at its limits: ≤ 10,000 business manager, ≤ 100,000 deputy gm, above or major gm. */
class ApprovalRoutingIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @Inject
    ApprovalAuthority authority;

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    @Test
    void limitsAreInclusiveAndACentAboveGoesUp() {
        assertEquals(Role.BUSINESS_MANAGER, authority.approverFor(new BigDecimal("10000.00"), Severity.GENERAL));
        assertEquals(Role.DEPUTY_GM, authority.approverFor(new BigDecimal("10000.01"), Severity.GENERAL));
        assertEquals(Role.DEPUTY_GM, authority.approverFor(new BigDecimal("100000.00"), Severity.GENERAL));
        assertEquals(Role.GM, authority.approverFor(new BigDecimal("100000.01"), Severity.GENERAL));
        assertEquals(Role.GM, authority.approverFor(new BigDecimal("1.00"), Severity.MAJOR));
        assertEquals(Role.GM, authority.approverFor(BigDecimal.ZERO, Severity.CRISIS));
    }

    @Test
    void tenThousandIsApprovedByTheBusinessManagerOnly() throws Exception {
        Long id = fixture.atApproval(fixture.domestic, new BigDecimal("10000"), Severity.GENERAL);
        assertEquals(Role.BUSINESS_MANAGER, fixture.load(id).getApproverRole());

        assertRefused(WrongApproverException.class, () -> fixture.gm.run(() ->
                fixture.approvalDesk.approve(id, fixture.version(id), "", CaseFixture.PASSWORD)));
        fixture.businessManager.run(() -> fixture.approvalDesk.approve(id, fixture.version(id), "批准", CaseFixture.PASSWORD));
        assertEquals(Step.EXECUTION, fixture.step(id));
    }

    @Test
    void aCentAboveTenThousandGoesToTheDeputyGm() throws Exception {
        Long id = fixture.atApproval(fixture.domestic, new BigDecimal("10000.01"), Severity.GENERAL);
        assertEquals(Role.DEPUTY_GM, fixture.load(id).getApproverRole());

        assertRefused(WrongApproverException.class, () -> fixture.businessManager.run(() ->
                fixture.approvalDesk.approve(id, fixture.version(id), "", CaseFixture.PASSWORD)));
        fixture.deputyGm.run(() -> fixture.approvalDesk.approve(id, fixture.version(id), "批准", CaseFixture.PASSWORD));
        assertEquals(Step.EXECUTION, fixture.step(id));
    }

    @Test
    void aCentAboveHundredThousandGoesToTheGm() throws Exception {
        Long id = fixture.atApproval(fixture.domestic, new BigDecimal("100000.01"), Severity.GENERAL);
        assertEquals(Role.GM, fixture.load(id).getApproverRole());

        assertRefused(WrongApproverException.class, () -> fixture.deputyGm.run(() ->
                fixture.approvalDesk.approve(id, fixture.version(id), "", CaseFixture.PASSWORD)));
        fixture.gm.run(() -> fixture.approvalDesk.approve(id, fixture.version(id), "批准", CaseFixture.PASSWORD));
        assertEquals(Step.EXECUTION, fixture.step(id));
    }

    @Test
    void aMajorCaseGoesToTheGmWhateverTheAmount() throws Exception {
        Long id = fixture.atApproval(fixture.domestic, new BigDecimal("500"), Severity.MAJOR);
        assertEquals(Role.GM, fixture.load(id).getApproverRole());
    }
}
