package cn.kesu.view.complaints;

import cn.kesu.business.complaint.action.CaseAction;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The case page's action buttons by their posted names, with the action each asks the server for. A posted
 * button that was not rendered for the caller is otherwise dropped by Faces without a word.
 */
final class ForgedActions {

    /** A posted button and the action it stands for. */
    record Button(String name, CaseAction action) {
    }

    private static final Map<String, CaseAction> BUTTONS = Map.ofEntries(
            Map.entry("action:submitSlip", CaseAction.WORK), Map.entry("action:accept", CaseAction.WORK),
            Map.entry("action:investigate", CaseAction.WORK), Map.entry("action:analyse", CaseAction.WORK),
            Map.entry("action:rndOpinion", CaseAction.WORK), Map.entry("action:check", CaseAction.WORK),
            Map.entry("action:propose", CaseAction.WORK), Map.entry("action:consolidate", CaseAction.WORK),
            Map.entry("action:execute", CaseAction.WORK), Map.entry("action:countersign", CaseAction.COUNTERSIGN),
            Map.entry("action:approve", CaseAction.APPROVE), Map.entry("action:reject", CaseAction.APPROVE),
            Map.entry("sendBack:do", CaseAction.SEND_BACK), Map.entry("sendBack:returnIncomplete", CaseAction.SEND_BACK));

    private ForgedActions() {
    }

    /** The first action button among the posted parameter names, if any. */
    static Optional<Button> posted(Set<String> parameterNames) {
        return parameterNames.stream().filter(BUTTONS::containsKey).findFirst()
                .map(name -> new Button(name, BUTTONS.get(name)));
    }
}
