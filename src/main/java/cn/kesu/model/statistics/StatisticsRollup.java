package cn.kesu.model.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;

/**
 * 客诉统计累计: the totals and breakdowns of the cases closed in a month from its start up to a point in time, as
 * JSON. The statistics timer refreshes it every night for the months that are not final yet; the month's live
 * figures add only the cases closed after that point (issue 17). Derived data: it can always be computed again.
 */
@Entity
@Table(name = "statistics_rollup")
public class StatisticsRollup implements Serializable {

    private static final long serialVersionUID = 1L;

    /** yyyy-MM */
    @Id
    @Column(name = "report_month", length = 7)
    private String month;

    /** The cases closed before this instant are in the figures; those closed from then on are not. */
    @Column(name = "counted_until", nullable = false)
    private Instant countedUntil;

    @Column(nullable = false, length = 1_000_000)
    private String figures;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @Version
    private long version;

    protected StatisticsRollup() {
    }

    public StatisticsRollup(String month) {
        this.month = month;
    }

    public void refresh(Instant until, String newFigures, Instant at) {
        countedUntil = until;
        figures = newFigures;
        computedAt = at;
    }

    public String getMonth() { return month; }
    public Instant getCountedUntil() { return countedUntil; }
    public String getFigures() { return figures; }
    public Instant getComputedAt() { return computedAt; }
    public long getVersion() { return version; }
}
