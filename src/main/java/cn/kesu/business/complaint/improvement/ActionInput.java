package cn.kesu.business.complaint.improvement;

import cn.kesu.model.improvement.Discipline;
import cn.kesu.model.user.Department;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An 8D action as QA enters it: its discipline, what is to be done, the department that does it, and by which day. */
public record ActionInput(
        @NotNull Discipline discipline,
        @NotBlank @Size(max = 2000) String description,
        @NotNull Department owner,
        @NotNull LocalDate dueOn) {
}
