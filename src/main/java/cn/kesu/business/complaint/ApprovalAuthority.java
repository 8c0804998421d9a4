package cn.kesu.business.complaint;

import cn.kesu.business.settings.Settings;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.settings.SettingKey;
import cn.kesu.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;

/**
 * 核决权限: who approves a case. Up to the business manager's limit the business manager, up to the
 * deputy general manager's limit the deputy gm, above it, and for every major or crisis case, the gm.
 * Limits are inclusive ("≤ 10,000") and configurable.
 */
@ApplicationScoped
public class ApprovalAuthority {

    @Inject
    Settings settings;

    public Role approverFor(BigDecimal claimAmount, Severity severity) {
        BigDecimal amount = claimAmount == null ? BigDecimal.ZERO : claimAmount;
        if (severity.isMajorOrWorse()) {
            return Role.GM;
        }
        if (amount.compareTo(settings.amount(SettingKey.APPROVAL_LIMIT_BUSINESS_MANAGER)) <= 0) {
            return Role.BUSINESS_MANAGER;
        }
        if (amount.compareTo(settings.amount(SettingKey.APPROVAL_LIMIT_DEPUTY_GM)) <= 0) {
            return Role.DEPUTY_GM;
        }
        return Role.GM;
    }
}
