package cn.kesu.view.statistics;

import cn.kesu.business.complaint.query.CaseRow;
import cn.kesu.business.statistics.Dimension;
import cn.kesu.business.statistics.Period;
import cn.kesu.business.statistics.StatisticsDesk;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * The drill-down from a figure of a report to the cases it counts: {@code period} (2025-05 or 2025),
 * {@code by} (a {@link Dimension}) and {@code key} come from the figure's link.
 */
@Named
@ViewScoped
public class DrillView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StatisticsDesk desk;

    @Inject
    Clock clock;

    private String period;
    private String by;
    private String key;
    // Kept for the view, so the table pages and sorts by ajax over the same rows.
    private List<CaseRow> cases;

    public List<CaseRow> getCases() {
        if (cases == null) {
            Period chosen = Period.parse(period, clock.getZone());
            Dimension dimension = getDimension();
            cases = chosen == null || dimension == null ? List.of() : desk.cases(chosen, dimension, key);
        }
        return cases;
    }

    public Dimension getDimension() {
        return Arrays.stream(Dimension.values()).filter(d -> d.name().equals(by)).findFirst().orElse(null);
    }

    public boolean isLimited() {
        return getCases().size() >= StatisticsDesk.DRILL_LIMIT;
    }

    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getBy() { return by; }
    public void setBy(String by) { this.by = by; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
}
