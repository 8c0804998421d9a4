package cn.kesu.model.complaint;

import cn.kesu.model.user.Role;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 核决权限: who approves a case. Up to the business manager's limit the business manager, up to the
 * deputy general manager's limit the deputy gm, above it, and for every major or crisis case, the gm.
 * Limits are inclusive ("≤ 10,000"); the company sets them in 参数设置.
 */
public record ApprovalLimits(BigDecimal businessManager, BigDecimal deputyGm) {

    public ApprovalLimits {
        Objects.requireNonNull(businessManager);
        Objects.requireNonNull(deputyGm);
    }

    public Role approverFor(BigDecimal claimAmount, Severity severity) {
        BigDecimal amount = claimAmount == null ? BigDecimal.ZERO : claimAmount;
        if (severity.isMajorOrWorse()) {
            return Role.GM;
        }
        if (amount.compareTo(businessManager) <= 0) {
            return Role.BUSINESS_MANAGER;
        }
        if (amount.compareTo(deputyGm) <= 0) {
            return Role.DEPUTY_GM;
        }
        return Role.GM;
    }
}
