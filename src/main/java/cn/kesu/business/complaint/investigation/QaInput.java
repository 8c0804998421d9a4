package cn.kesu.business.complaint.investigation;

import cn.kesu.model.complaint.Severity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Set;

/**
 * QA's investigation (SPEC step 3). When the complaint is established (成立) the responsibility
 * shares must be given and add up to 100, and the cause code and abnormality type (异常类别, where the slip has
 * none; QA may also correct the slip's) are required, so no established case drops out of the Pareto. Containment
 * is not part of it: it is a list of actions on the case's 8D.
 */
public record QaInput(
        @NotBlank @Size(max = 4000) String cause,
        Long causeCodeId,
        Long abnormalityTypeId,
        boolean established,
        boolean special,
        @NotNull Severity severity,
        @NotNull List<@Valid Share> shares,
        @NotNull Set<@Size(max = 50) String> responsiblePersons) {

    /** A share of responsibility for a responsible department or supplier from the catalog. */
    public record Share(@NotNull Long partyId, @Min(1) @Max(100) int percent) {
    }
}
