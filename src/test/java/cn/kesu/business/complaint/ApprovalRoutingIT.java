package cn.kesu.business.complaint;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kesu.business.complaint.action.WrongApproverException;
import cn.kesu.business.complaint.approval.ConsolidationInput;
import cn.kesu.business.complaint.workflow.ApprovalAuthority;
import cn.kesu.model.complaint.ApprovalAmount;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.Role;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

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

    /** Issue 15, item 3: a return of 20,250 with no claim went to the business manager. */
    @Test
    void aReturnOfLargeValueWithoutClaimGoesByTheValueOfTheGoods() throws Exception {
        Long id = consolidated(new ConsolidationInput(Set.of(Disposition.RETURN), BigDecimal.ZERO, new BigDecimal("800"),
                null, null, null, null, null, null, true, 500, new BigDecimal("40.5"), false));

        Complaint complaint = fixture.load(id);
        assertEquals(Role.DEPUTY_GM, complaint.getApproverRole());
        assertEquals(new BigDecimal("20250.00"), complaint.getConsolidation().approvalAmount().amount());
        assertEquals(ApprovalAmount.Basis.CLAIM_AND_GOODS, complaint.getConsolidation().approvalAmount().basis());
        assertRefused(WrongApproverException.class, () -> fixture.businessManager.run(() ->
                fixture.approvalDesk.approve(id, fixture.version(id), "", CaseFixture.PASSWORD)));
    }

    @Test
    void aLossLargerThanClaimAndGoodsRoutesTheCase() throws Exception {
        Long id = consolidated(new ConsolidationInput(Set.of(Disposition.REWORK), BigDecimal.ZERO,
                new BigDecimal("120000"), null, null, null, null, null, null, true, 10, new BigDecimal("10"), false));

        Complaint complaint = fixture.load(id);
        assertEquals(ApprovalAmount.Basis.LOSS, complaint.getConsolidation().approvalAmount().basis());
        // Above the deputy gm's limit: the case became major and goes to the gm.
        assertEquals(Role.GM, complaint.getApproverRole());
        assertEquals(Severity.MAJOR, complaint.getSeverity());
    }

    private Long consolidated(ConsolidationInput input) throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        fixture.investigate(id, fixture.qaFindings(true, false, Severity.GENERAL));
        fixture.analyse(id);
        fixture.check(id);
        fixture.handle(id);
        fixture.gmOffice.run(() -> fixture.gmOfficeDesk.consolidate(id, fixture.version(id), input, "综合意见",
                CaseFixture.PASSWORD));
        return id;
    }

    @Test
    void aMajorCaseGoesToTheGmWhateverTheAmount() throws Exception {
        Long id = fixture.atApproval(fixture.domestic, new BigDecimal("500"), Severity.MAJOR);
        assertEquals(Role.GM, fixture.load(id).getApproverRole());
    }
}
