package cn.kesu.business.complaint.improvement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** D1 and D4 as QA enters them: the team, why the defect occurred and escaped, the whys, and the cause code. */
public record RootCauseInput(
        @Size(max = 2000) String team,
        @NotBlank @Size(max = 2000) String occurrence,
        @NotBlank @Size(max = 2000) String escape,
        @Size(max = 4000) String whyChain,
        @NotNull Long causeCodeId) {
}
