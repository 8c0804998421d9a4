package cn.kesu.business.complaint.improvement;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An action recorded done by its department: the evidence, and for a stock sorting the quantities sorted, rejected
 * and released, for a recall the decision. The figures of other kinds are not asked for and not kept.
 */
public record CompletionInput(
        @Size(max = 2000) String evidence,
        @PositiveOrZero Integer sorted,
        @PositiveOrZero Integer rejected,
        @PositiveOrZero Integer released,
        Boolean recall) {

    /** Done, with what shows it: any action but a stock sorting or a recall. */
    public static CompletionInput shownBy(String evidence) {
        return new CompletionInput(evidence, null, null, null, null);
    }
}
