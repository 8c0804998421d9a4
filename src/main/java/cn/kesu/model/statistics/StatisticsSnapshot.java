package cn.kesu.model.statistics;

import cn.kesu.model.Handled;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;

/**
 * The 客诉案件统计表 of one month as generated (by the timer on the first working day of the next
 * month, or by the GM office): its figures as JSON, recomputed on request until the GM office confirms
 * them; from then on they never change, whatever happens to the cases later.
 */
@Entity
@Table(name = "statistics_snapshot")
public class StatisticsSnapshot implements Serializable {

    private static final long serialVersionUID = 1L;

    /** yyyy-MM */
    @Id
    @Column(name = "report_month", length = 7)
    private String month;

    @Column(nullable = false, length = 1_000_000)
    private String figures;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "generated_by", nullable = false, length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "generated_at", nullable = false))
    private Handled generated;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "confirmed_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "confirmed_at"))
    private Handled confirmation;

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
        generated = new Handled(by, at);
    }

    public void confirm(Instant at, String by) {
        requireUnconfirmed();
        confirmation = new Handled(by, at);
    }

    public boolean isConfirmed() {
        return confirmation != null;
    }

    private void requireUnconfirmed() {
        if (isConfirmed()) {
            throw new IllegalStateException("statistics of " + month + " are confirmed");
        }
    }

    public String getMonth() { return month; }
    public String getFigures() { return figures; }
    public Handled getGenerated() { return generated; }
    public Handled getConfirmation() { return confirmation; }
    public long getVersion() { return version; }
}
