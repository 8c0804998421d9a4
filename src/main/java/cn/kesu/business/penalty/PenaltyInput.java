package cn.kesu.business.penalty;

import cn.kesu.model.penalty.PenaltyKind;
import cn.kesu.model.penalty.Sanction;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** The GM office's proposal of a 奖罚通知单: who, reward or penalty, how much, which sanction, why, which cases. */
public record PenaltyInput(
        @NotNull PenaltyKind kind,
        @NotNull Long unitId,
        @Size(max = 100) String person,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
        Sanction sanction,
        @NotBlank @Size(max = 2000) String reason,
        @NotEmpty List<Long> caseIds) {
}
