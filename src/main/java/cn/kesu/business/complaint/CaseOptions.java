package cn.kesu.business.complaint;

import cn.kesu.business.common.RuleViolation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answer to "what may this user do on this case now, and why not": each {@link CaseAction} is either
 * allowed or refused with the rule that refuses it, the same refusal the department bean would raise.
 */
public record CaseOptions(Long caseId, Map<CaseAction, RuleViolation> refusals) {

    public CaseOptions {
        refusals = refusals.isEmpty() ? Map.of() : new EnumMap<>(refusals);
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
