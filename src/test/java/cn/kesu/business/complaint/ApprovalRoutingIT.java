package cn.kesu.business.complaint;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.action.WrongApproverException;
import cn.kesu.business.complaint.approval.ConsolidationInput;
import cn.kesu.business.complaint.workflow.ApprovalAuthority;
import cn.kesu.model.catalog.Part;
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

    /**
     * 料号单价: goods coming back without a typed unit price count at the part catalog's price of the slip's part
     * number, kept with the opinion; a typed price wins, and a deactivated part has none.
     */
    @Test
    void goodsWithoutATypedPriceCountAtThePartCatalogsUnitPrice() throws Exception {
        String partNo = "RT-" + System.nanoTime() % 1_000_000_000L + "/A";
        Part part = fixture.admin.call(() -> fixture.catalogAdministration.addPart(partNo, "杯盖", new BigDecimal("25.5")));

        Long id = consolidated(partNo, returnOf(400, null));

        Complaint complaint = fixture.load(id);
        assertEquals(new BigDecimal("10300.00"), complaint.getConsolidation().approvalAmount().amount(),
                "100 claimed and 400 at the catalog's 25.5");
        assertEquals(ApprovalAmount.Basis.CLAIM_AND_GOODS, complaint.getConsolidation().approvalAmount().basis());
        assertTrue(complaint.getConsolidation().isUnitPriceFromCatalog());
        assertEquals(Role.DEPUTY_GM, complaint.getApproverRole(), "above the business manager's 10,000");

        fixture.admin.call(() -> fixture.catalogAdministration.changePart(part.getId(), "杯盖", BigDecimal.ONE, true));
        assertEquals(new BigDecimal("10300.00"), fixture.load(id).getConsolidation().approvalAmount().amount(),
                "a later price does not move a routed amount");

        Long typed = consolidated(partNo, returnOf(400, new BigDecimal("5")));
        assertEquals(new BigDecimal("2100.00"), fixture.load(typed).getConsolidation().approvalAmount().amount());
        assertFalse(fixture.load(typed).getConsolidation().isUnitPriceFromCatalog());
        assertEquals(Role.BUSINESS_MANAGER, fixture.load(typed).getApproverRole());

        Long allowanceOnly = consolidated(partNo, new ConsolidationInput(Set.of(Disposition.ALLOWANCE),
                new BigDecimal("100"), null, null, null, null, null, null, null, true, null, null, false));
        assertFalse(fixture.load(allowanceOnly).getConsolidation().isUnitPriceFromCatalog(), "no goods come back");
        assertNull(fixture.load(allowanceOnly).getConsolidation().getGoodsUnitPrice());

        fixture.admin.call(() -> fixture.catalogAdministration.changePart(part.getId(), "杯盖", BigDecimal.ONE, false));
        Long deactivated = consolidated(partNo, returnOf(400, null));
        assertEquals(0, new BigDecimal("100").compareTo(
                fixture.load(deactivated).getConsolidation().approvalAmount().amount()), "a deactivated part has no price");
        assertEquals(ApprovalAmount.Basis.CLAIM, fixture.load(deactivated).getConsolidation().approvalAmount().basis());
    }

    private static ConsolidationInput returnOf(int quantity, BigDecimal unitPrice) {
        return new ConsolidationInput(Set.of(Disposition.RETURN), new BigDecimal("100"), null, null, null, null, null,
                null, null, true, quantity, unitPrice, false);
    }

    private Long consolidated(ConsolidationInput input) throws Exception {
        return consolidated(null, input);
    }

    private Long consolidated(String partNo, ConsolidationInput input) throws Exception {
        Long id = partNo == null ? fixture.atQa(fixture.domestic) : fixture.atQa(fixture.domestic, partNo);
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
