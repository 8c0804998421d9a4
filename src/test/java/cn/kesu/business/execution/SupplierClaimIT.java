package cn.kesu.business.execution;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.common.StaleRecordException;
import cn.kesu.business.complaint.workflow.WrongStepException;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.execution.SupplierClaim;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * 供应商索赔 (SPEC section 3): QA attributed 30 % to the paint supplier; once the loss of 2,450.00 is
 * approved, the GM office claims 735.00 from it and accounting records the settlement.
 */
class SupplierClaimIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @EJB
    ExecutionQueries queries;

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    private Long approvedCase() throws Exception {
        return fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("3500")));
    }

    @Test
    void theClaimIsTheSuppliersShareOfTheLossAndIsTrackedToSettled() throws Exception {
        Long id = approvedCase();

        Long claimId = fixture.gmOffice.call(() -> fixture.gmOfficeDesk.raiseSupplierClaim(id, fixture.supplier.getId()));

        SupplierClaim claim = fixture.auditor.call(() -> queries.supplierClaims(id)).get(0);
        assertEquals(claimId, claim.getId());
        assertEquals(30, claim.getSharePercent());
        assertEquals(0, new BigDecimal("2450.00").compareTo(claim.getLossAmount()));
        assertEquals(0, new BigDecimal("735.00").compareTo(claim.getAmount()), "30 % × 2,450.00");
        assertTrue(fixture.accounting.call(() -> queries.openSupplierClaims()).stream().anyMatch(c -> c.getId().equals(claimId)));

        fixture.accounting.run(() -> fixture.accountingDesk.settleSupplierClaim(claimId, claim.getVersion(),
                new BigDecimal("735.00"), "华东涂料厂已开折让单"));

        SupplierClaim settled = fixture.auditor.call(() -> queries.supplierClaims(id)).get(0);
        assertTrue(settled.isSettled());
        assertEquals("accounting", settled.getSettlement().getActor());
        assertFalse(fixture.accounting.call(() -> queries.openSupplierClaims()).stream().anyMatch(c -> c.getId().equals(claimId)));
        assertRefused(ClaimSettledException.class, () -> fixture.accounting.run(() -> fixture.accountingDesk
                .settleSupplierClaim(claimId, settled.getVersion(), BigDecimal.ONE, null)));
    }

    @Test
    void aClaimNeedsTheApprovedLossASupplierShareAndIsRaisedOnce() throws Exception {
        Long waiting = fixture.atApproval(fixture.domestic, new BigDecimal("800"), Severity.GENERAL);
        assertRefused(WrongStepException.class, () -> fixture.gmOffice.call(() ->
                fixture.gmOfficeDesk.raiseSupplierClaim(waiting, fixture.supplier.getId())));

        Long id = approvedCase();
        assertRefused(SupplierNotResponsibleException.class, () -> fixture.gmOffice.call(() ->
                fixture.gmOfficeDesk.raiseSupplierClaim(id, fixture.painting.getId())));
        assertRefused(EJBAccessException.class, () -> fixture.qa.call(() ->
                fixture.gmOfficeDesk.raiseSupplierClaim(id, fixture.supplier.getId())));
        fixture.gmOffice.call(() -> fixture.gmOfficeDesk.raiseSupplierClaim(id, fixture.supplier.getId()));
        assertRefused(SupplierClaimExistsException.class, () -> fixture.gmOffice.call(() ->
                fixture.gmOfficeDesk.raiseSupplierClaim(id, fixture.supplier.getId())));
        assertEquals(1, fixture.auditor.call(() -> queries.supplierClaims(id)).size());
    }

    @Test
    void aSettlementIsBetweenZeroAndTheClaimAndRecordedByAccountingOnly() throws Exception {
        Long id = approvedCase();
        Long claimId = fixture.gmOffice.call(() -> fixture.gmOfficeDesk.raiseSupplierClaim(id, fixture.supplier.getId()));
        long version = fixture.auditor.call(() -> queries.supplierClaims(id)).get(0).getVersion();

        assertRefused(SettlementAboveClaimException.class, () -> fixture.accounting.run(() ->
                fixture.accountingDesk.settleSupplierClaim(claimId, version, new BigDecimal("735.01"), null)));
        assertRefused(EJBAccessException.class, () -> fixture.gmOffice.run(() ->
                fixture.accountingDesk.settleSupplierClaim(claimId, version, new BigDecimal("700"), null)));
        assertRefused(StaleRecordException.class, () -> fixture.accounting.run(() ->
                fixture.accountingDesk.settleSupplierClaim(claimId, version + 1, new BigDecimal("700"), null)));
        fixture.accounting.run(() -> fixture.accountingDesk.settleSupplierClaim(claimId, version,
                new BigDecimal("700"), "协商后以 700 元结清"));
        assertEquals(0, new BigDecimal("700.00").compareTo(
                fixture.auditor.call(() -> queries.supplierClaims(id)).get(0).getSettledAmount()));
    }

    /**
     * Issue 15, item 12: two GM office users raising the same claim at once got the error page (the database's
     * unique key). One claim is raised; the other is refused with the rule's message.
     */
    @Test
    void twoGmOfficeUsersRaisingTheSameClaimAtOnceGetOneClaimAndOneRefusal() throws Exception {
        for (int round = 0; round < 3; round++) {
            Long id = approvedCase();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Object>> raised = new ArrayList<>();
            try {
                CountDownLatch start = new CountDownLatch(1);
                for (int i = 0; i < 2; i++) {
                    raised.add(pool.submit(() -> {
                        start.await();
                        try {
                            return fixture.gmOffice.call(() -> fixture.gmOfficeDesk.raiseSupplierClaim(id,
                                    fixture.supplier.getId()));
                        } catch (Exception refused) {
                            return refused;
                        }
                    }));
                }
                start.countDown();
                List<Object> outcomes = new ArrayList<>();
                for (Future<Object> outcome : raised) {
                    outcomes.add(outcome.get());
                }
                assertEquals(1, outcomes.stream().filter(Long.class::isInstance).count(), outcomes.toString());
                Object refusal = outcomes.stream().filter(o -> !(o instanceof Long)).findFirst().orElseThrow();
                assertRefused(SupplierClaimExistsException.class, () -> {
                    throw (Throwable) refusal;
                });
            } finally {
                pool.shutdown();
            }
            assertEquals(1, fixture.auditor.call(() -> queries.supplierClaims(id)).size());
        }
    }
}
