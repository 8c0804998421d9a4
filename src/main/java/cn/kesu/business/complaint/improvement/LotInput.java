package cn.kesu.business.complaint.improvement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** 效果确认批次 as QA enters it: the lot, when it was made or shipped, its size, how many inspected and found bad. */
public record LotInput(
        @NotBlank @Size(max = 40) String lotNo,
        @NotNull @PastOrPresent LocalDate madeOn,
        @NotNull @Positive Integer quantity,
        @NotNull @Positive Integer inspected,
        @NotNull @PositiveOrZero Integer defects,
        @Size(max = 2000) String note) {
}
