package cn.kesu.business.api;

import java.time.Instant;

/** A case that changed, and when it last did. */
public record CaseChange(Long id, String number, Instant changedAt) {
}
