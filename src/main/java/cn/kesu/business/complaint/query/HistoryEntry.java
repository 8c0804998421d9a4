package cn.kesu.business.complaint.query;

import java.time.Instant;

/** One changed field of a case in the audit trail: who changed it when, from what to what. */
public record HistoryEntry(Instant at, String username, String field, String oldValue, String newValue) {
}
