package cn.kesu.business.execution;

import cn.kesu.model.execution.AllowanceNote;
import cn.kesu.model.execution.NoteAction;
import cn.kesu.model.execution.ReturnNote;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * The caller's next action on each document of a case at execution, as the desks allow it (the note's
 * next step by {@link NoteAction}, taken by its actor): what the case page offers beside each note.
 */
public record DocumentActions(Map<Long, NoteAction> allowanceNotes, Map<Long, NoteAction> returnNotes,
                              Set<Long> voidableAllowanceNotes, Set<Long> voidableReturnNotes) implements Serializable {

    public DocumentActions {
        allowanceNotes = Map.copyOf(allowanceNotes);
        returnNotes = Map.copyOf(returnNotes);
        voidableAllowanceNotes = Set.copyOf(voidableAllowanceNotes);
        voidableReturnNotes = Set.copyOf(voidableReturnNotes);
    }

    /** Whether the caller, its issuer, may ask to void the note (作废). */
    public boolean mayVoid(AllowanceNote note) {
        return voidableAllowanceNotes.contains(note.getId());
    }

    public boolean mayVoid(ReturnNote note) {
        return voidableReturnNotes.contains(note.getId());
    }

    /** The caller's next action on this note, or null. */
    public NoteAction next(AllowanceNote note) {
        return allowanceNotes.get(note.getId());
    }

    public NoteAction next(ReturnNote note) {
        return returnNotes.get(note.getId());
    }
}
