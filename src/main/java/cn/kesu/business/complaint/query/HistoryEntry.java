package cn.kesu.business.complaint.query;

import java.time.Instant;

/**
 * One changed field of a case in the audit trail: who changed it when, from what to what. The field is the
 * message key of its label; the values are text or keys to translate ({@link HistoryValue}).
 */
public record HistoryEntry(Instant at, String username, String field, HistoryValue oldValue, HistoryValue newValue) {
}
