package cn.kesu.model.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The 客诉案件统计表 of one month as generated (by the timer on the first working day of the next
 * month, or by the GM office): its figures as JSON, recomputed on request until the GM office confirms
 * them; from then on they never change, whatever happens to the cases later.
 */
@Entity
@Table(name = "statistics_snapshot")
public class StatisticsSnapshot {

    /** yyyy-MM */
    @Id
    @Column(name = "report_month", length = 7)
    private String month;

    @Column(nullable = false, length = 1_000_000)
    private String figures;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(name = "generated_by", nullable = false, length = 50)
    private String generatedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by", length = 50)
    private String confirmedBy;

    @Version
    private long version;

    protected StatisticsSnapshot() {
    }

    public StatisticsSnapshot(String month, String figures, Instant at, String by) {
        this.month = month;
        regenerate(figures, at, by);
    }

    public void regenerate(String newFigures, Instant at, String by) {
        requireUnconfirmed();
        figures = newFigures;
        generatedAt = at;
        generatedBy = by;
    }

    public void confirm(Instant at, String by) {
        requireUnconfirmed();
        confirmedAt = at;
        confirmedBy = by;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    private void requireUnconfirmed() {
        if (isConfirmed()) {
            throw new IllegalStateException("statistics of " + month + " are confirmed");
        }
    }

    public String getMonth() { return month; }
    public String getFigures() { return figures; }
    public Instant getGeneratedAt() { return generatedAt; }
    public String getGeneratedBy() { return generatedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public String getConfirmedBy() { return confirmedBy; }
    public long getVersion() { return version; }
}
