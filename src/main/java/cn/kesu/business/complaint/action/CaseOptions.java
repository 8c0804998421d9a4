package cn.kesu.business.complaint.action;

import cn.kesu.business.common.RuleViolation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answer to "what may this user do on this case now, and why not": each {@link CaseAction} is either
 * allowed or refused with the rule that refuses it, the same refusal the department bean would raise.
 */
public record CaseOptions(Long caseId, Map<CaseAction, RuleViolation> refusals, Set<Long> rulableObjections,
                          Set<Long> settleableClaims) {

    public CaseOptions {
        refusals = refusals.isEmpty() ? Map.of() : new EnumMap<>(refusals);
        rulableObjections = Set.copyOf(rulableObjections);
        settleableClaims = Set.copyOf(settleableClaims);
    }

    /** Whether the caller may rule on this 签呈 of the case (the gm). */
    public boolean mayRule(Long objectionId) {
        return rulableObjections.contains(objectionId);
    }

    /** Whether the caller may settle this supplier claim of the case (accounting). */
    public boolean maySettle(Long claimId) {
        return settleableClaims.contains(claimId);
    }

    public boolean allows(CaseAction action) {
        return !refusals.containsKey(action);
    }

    public Optional<RuleViolation> refusal(CaseAction action) {
        return Optional.ofNullable(refusals.get(action));
    }

    public Set<CaseAction> allowed() {
        Set<CaseAction> allowed = java.util.EnumSet.allOf(CaseAction.class);
        allowed.removeAll(refusals.keySet());
        return allowed;
    }
}
