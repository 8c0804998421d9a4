package cn.kesu.business.complaint.intake;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** Business's handling proposal and negotiation result (SPEC step 7), agreed in principle only. */
public record HandlingInput(
        @NotBlank @Size(max = 4000) String proposal,
        @NotBlank @Size(max = 4000) String negotiationResult,
        @PositiveOrZero Integer proposedReturnQuantity,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal proposedAmount) {
}
