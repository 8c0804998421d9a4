package cn.kesu.business.statistics;

import java.time.Instant;

/**
 * 客诉统计累计 as read: the totals and breakdowns of the cases closed in a month before {@code until}
 * ({@link ComplaintStatistics#closedBefore}). The cases closed from then on are aggregated live.
 */
public record MonthRollup(MonthlyFigures figures, Instant until) {
}
