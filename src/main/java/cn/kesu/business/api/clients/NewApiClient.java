package cn.kesu.business.api.clients;

import cn.kesu.model.api.ApiScope;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** What the administrator enters for a new API client: its key (part of every call's name), name, scopes and rate. */
public record NewApiClient(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,29}", message = "{api.clientKey.pattern}") String clientKey,
        @NotBlank @Size(max = 100) String name,
        @NotEmpty Set<ApiScope> scopes,
        @Min(1) @Max(6000) int requestsPerMinute) {
}
