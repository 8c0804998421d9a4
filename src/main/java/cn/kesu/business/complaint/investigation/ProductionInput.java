package cn.kesu.business.complaint.investigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Production's abnormality analysis with countermeasures and trace (SPEC step 4). */
public record ProductionInput(
        @NotBlank @Size(max = 4000) String cause,
        @NotBlank @Size(max = 2000) String temporaryMeasure,
        @NotBlank @Size(max = 2000) String permanentMeasure,
        @Size(max = 100) String productionUnit,
        @Size(max = 100) String machineShift,
        @Size(max = 100) String operator,
        @PastOrPresent LocalDate productionDate) {
}
