package cn.kesu.business.complaint.approval;

import cn.kesu.model.complaint.Disposition;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The GM office's consolidated opinion (SPEC step 8): dispositions, claim, loss breakdown, penalty, tracking,
 * (dispositions required for an established complaint only; a complaint QA found not established closes here),
 * the quantity to take back for returns, exchanges and rework with the goods' unit price (their value counts
 * toward the approval amount), and whether the claim touches receivables.
 */
public record ConsolidationInput(
        @NotNull Set<Disposition> dispositions,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal claimAmount,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal lossProductValue,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal lossFreight,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal lossRework,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal lossScrap,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal lossCompensation,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal lossOther,
        @Size(max = 2000) String penaltyProposal,
        boolean trackingNeeded,
        @PositiveOrZero Integer returnQuantity,
        @DecimalMin("0") @Digits(integer = 10, fraction = 4) BigDecimal goodsUnitPrice,
        boolean affectsReceivables) {
}
