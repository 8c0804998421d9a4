package cn.kesu.model.complaint;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 核决金额: the amount that decides who approves a case. The claim the customer receives plus the value of the
 * goods returned, exchanged or reworked, or the company's loss where that is larger; {@link #basis()} says which,
 * for the case's approval line.
 */
public record ApprovalAmount(BigDecimal amount, Basis basis) {

    /** What the approval amount was taken from. */
    public enum Basis {
        /** 索赔金额 */ CLAIM,
        /** 索赔金额 + 退换货价值 */ CLAIM_AND_GOODS,
        /** 损失金额 */ LOSS;

        public String labelKey() {
            return "approvalAmount.basis." + name();
        }
    }

    public ApprovalAmount {
        Objects.requireNonNull(amount);
        Objects.requireNonNull(basis);
    }

    public static ApprovalAmount of(BigDecimal claim, BigDecimal goodsValue, BigDecimal loss) {
        BigDecimal claimAndGoods = claim.add(goodsValue);
        if (loss.compareTo(claimAndGoods) > 0) {
            return new ApprovalAmount(loss, Basis.LOSS);
        }
        return new ApprovalAmount(claimAndGoods, goodsValue.signum() > 0 ? Basis.CLAIM_AND_GOODS : Basis.CLAIM);
    }
}
