package cn.kesu.business.complaint.improvement;

import cn.kesu.model.improvement.ActionKind;
import cn.kesu.model.improvement.LotLocation;
import cn.kesu.model.user.Department;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * An 8D action as QA enters it: its kind (and so its discipline), what is to be done, the department that does it,
 * by which day, and for an affected shipped lot the lot itself.
 */
public record ActionInput(
        @NotNull ActionKind kind,
        @NotBlank @Size(max = 2000) String description,
        @NotNull Department owner,
        @NotNull LocalDate dueOn,
        @Valid Lot lot) {

    /** Any action but an affected shipped lot. */
    public ActionInput(ActionKind kind, String description, Department owner, LocalDate dueOn) {
        this(kind, description, owner, dueOn, null);
    }

    /** 已出货受影响批次: its number, how many pieces, and where they are. */
    public record Lot(@NotBlank @Size(max = 40) String lotNo, @NotNull @Positive Integer quantity,
                      @NotNull LotLocation location) {
    }
}
