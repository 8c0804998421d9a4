package cn.kesu.business.complaint.workflow;

import cn.kesu.business.settings.Settings;
import cn.kesu.model.complaint.ApprovalLimits;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.settings.SettingKey;
import cn.kesu.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;

/** 核决权限 with the limits in force now ({@link ApprovalLimits} holds the rule). */
@ApplicationScoped
public class ApprovalAuthority {

    @Inject
    Settings settings;

    public Role approverFor(BigDecimal claimAmount, Severity severity) {
        return new ApprovalLimits(settings.amount(SettingKey.APPROVAL_LIMIT_BUSINESS_MANAGER),
                settings.amount(SettingKey.APPROVAL_LIMIT_DEPUTY_GM)).approverFor(claimAmount, severity);
    }
}
