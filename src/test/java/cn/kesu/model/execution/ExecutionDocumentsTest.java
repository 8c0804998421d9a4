package cn.kesu.model.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.model.complaint.Disposition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The documents' own rules: the over-acceptance tolerance, their order of steps, the supplier's share. */
class ExecutionDocumentsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final BigDecimal THREE_PERCENT = new BigDecimal("0.03");

    private static ReturnNote received(int approved, int actual) {
        ReturnNote note = new ReturnNote(null, Disposition.RETURN, approved, "退回", "报废", NOW, "business");
        note.release("business-manager", NOW);
        note.receive(actual, "warehouse", NOW);
        return note;
    }

    @Test
    void aDifferenceUpToTheRatioOfTheApprovedQuantityIsWithinToleranceEitherWay() {
        assertTrue(received(100, 103).isWithinTolerance(THREE_PERCENT));
        assertTrue(received(100, 97).isWithinTolerance(THREE_PERCENT));
        assertFalse(received(100, 104).isWithinTolerance(THREE_PERCENT));
        assertFalse(received(100, 96).isWithinTolerance(THREE_PERCENT));
        assertTrue(received(35, 36).isWithinTolerance(THREE_PERCENT), "1 of 35 is below 1.05");
        assertFalse(received(10, 11).isWithinTolerance(THREE_PERCENT), "1 of 10 is above 0.3");
        assertTrue(received(10, 10).isWithinTolerance(BigDecimal.ZERO));
    }

    @Test
    void reconcilingWithinTolerancePostsTheActualQuantityBeyondItWaitsForAnExplanation() {
        ReturnNote within = received(100, 102);
        assertTrue(within.reconcile(THREE_PERCENT, "记-1", "accounting", NOW));
        assertEquals(ReturnNoteStatus.POSTED, within.getStatus());
        assertEquals(102, within.getPostedQuantity());

        ReturnNote beyond = received(100, 110);
        assertFalse(beyond.reconcile(THREE_PERCENT, null, "accounting", NOW));
        assertEquals(ReturnNoteStatus.VARIANCE, beyond.getStatus());
        assertEquals(10, beyond.getDifference());
        assertThrows(IllegalStateException.class, () -> beyond.postApproved("记-2", "accounting", NOW));
        beyond.explain("多退良品", "business", NOW);
        beyond.decideVariance(true, null, "business-manager", NOW);
        beyond.postApproved("记-2", "accounting", NOW);
        assertEquals(110, beyond.getPostedQuantity());
    }

    @Test
    void aReturnNoteGoesToTheWarehouseOnlyOnceTheBusinessManagerReleasedIt() {
        ReturnNote note = new ReturnNote(null, Disposition.RETURN, 10, "退回", "报废", NOW, "business");
        assertThrows(IllegalStateException.class, () -> note.receive(10, "warehouse", NOW));
        note.release("business-manager", NOW);
        assertThrows(IllegalStateException.class, () -> note.release("business-manager", NOW));
        note.receive(10, "warehouse", NOW);
        assertEquals("business-manager", note.getReleased().getActor());
    }

    @Test
    void aReturnNoteIsReceivedOnceAndOnlyForGoodsComingBack() {
        ReturnNote note = received(10, 10);
        assertThrows(IllegalStateException.class, () -> note.receive(10, "warehouse", NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new ReturnNote(null, Disposition.ALLOWANCE, 1, "退回", "报废", NOW, "business"));
    }

    @Test
    void anAllowanceNoteGoesThroughApproverCustomerAndAccountingInThatOrder() {
        AllowanceNote note = new AllowanceNote(null, Disposition.COMPENSATION, new BigDecimal("500"), "赔款", NOW, "business");
        assertThrows(IllegalStateException.class, () -> note.recordCustomerSignature("李经理", LocalDate.of(2026, 12, 1), "business"));
        note.countersign("deputy-gm", NOW);
        assertThrows(IllegalStateException.class, () -> note.post("记-9", "accounting", NOW));
        note.recordCustomerSignature("李经理", LocalDate.of(2026, 12, 1), "business");
        note.post("记-9", "accounting", NOW);
        assertEquals(AllowanceNoteStatus.POSTED, note.getStatus());
        assertThrows(IllegalArgumentException.class,
                () -> new AllowanceNote(null, Disposition.RETURN, BigDecimal.ONE, "退货", NOW, "business"));
    }

    @Test
    void theSupplierClaimIsItsShareOfTheLossToTheFen() {
        assertEquals(new BigDecimal("735.00"), SupplierClaim.amountFor(30, new BigDecimal("2450.00")));
        assertEquals(new BigDecimal("33.34"), SupplierClaim.amountFor(33, new BigDecimal("101.03")), "33.3399 rounds up");
        assertEquals(new BigDecimal("0.00"), SupplierClaim.amountFor(40, BigDecimal.ZERO));
    }
}
