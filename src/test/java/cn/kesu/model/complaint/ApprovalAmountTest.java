package cn.kesu.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

/** 核决金额: the claim plus the goods taken back, or the loss where larger (issue 15, item 3). */
class ApprovalAmountTest {

    private static Consolidation consolidation(Set<Disposition> dispositions, String claim, String lossProduct,
                                               Integer returnQuantity, String unitPrice) {
        return new Consolidation(dispositions, new BigDecimal(claim), new BigDecimal(lossProduct), null, null, null,
                null, null, null, true, returnQuantity, unitPrice == null ? null : new BigDecimal(unitPrice), false);
    }

    @Test
    void aReturnWithoutClaimIsRoutedByTheValueOfTheGoods() {
        ApprovalAmount amount = consolidation(Set.of(Disposition.RETURN), "0", "0", 500, "40.5").approvalAmount();
        assertEquals(new BigDecimal("20250.00"), amount.amount());
        assertEquals(ApprovalAmount.Basis.CLAIM_AND_GOODS, amount.basis());
    }

    @Test
    void theClaimAndTheGoodsAddUp() {
        ApprovalAmount amount = consolidation(Set.of(Disposition.EXCHANGE, Disposition.ALLOWANCE), "3000", "100", 10,
                "12.3456").approvalAmount();
        assertEquals(new BigDecimal("3123.46"), amount.amount());
        assertEquals(ApprovalAmount.Basis.CLAIM_AND_GOODS, amount.basis());
    }

    @Test
    void aLargerLossRoutesInstead() {
        ApprovalAmount amount = consolidation(Set.of(Disposition.REWORK), "0", "15000", 10, "10").approvalAmount();
        assertEquals(new BigDecimal("15000"), amount.amount());
        assertEquals(ApprovalAmount.Basis.LOSS, amount.basis());
    }

    @Test
    void withoutGoodsComingBackThePriceCountsForNothing() {
        ApprovalAmount amount = consolidation(Set.of(Disposition.ALLOWANCE), "800", "0", 500, "40").approvalAmount();
        assertEquals(new BigDecimal("800"), amount.amount());
        assertEquals(ApprovalAmount.Basis.CLAIM, amount.basis());
    }

    @Test
    void aCaseConsolidatedWithoutAPriceCountsItsGoodsAsNothing() {
        ApprovalAmount amount = consolidation(Set.of(Disposition.RETURN), "500", "0", 500, null).approvalAmount();
        assertEquals(new BigDecimal("500"), amount.amount());
        assertEquals(ApprovalAmount.Basis.CLAIM, amount.basis());
    }
}
