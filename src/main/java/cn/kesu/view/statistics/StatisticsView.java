package cn.kesu.view.statistics;

import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.statistics.DepartmentFigures;
import cn.kesu.business.statistics.Figure;
import cn.kesu.business.statistics.MonthlyFigures;
import cn.kesu.business.statistics.Period;
import cn.kesu.business.statistics.StatisticsDesk;
import cn.kesu.model.statistics.StatisticsSnapshot;
import cn.kesu.view.Feedback;
import cn.kesu.view.RequestMemo;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * 客诉案件统计表: a month's figures, live or as its snapshot, with the charts (responsible parties,
 * the Pareto of abnormality types with its cumulative line) and, for the GM office, generating and
 * confirming the snapshot. Charts are Chart.js configurations written as JSON for {@code p:chart}. The view
 * keeps the month and the user's choice; the snapshot and the figures are read for each request
 * ({@link RequestMemo}), not held in every open view.
 */
@Named
@ViewScoped
public class StatisticsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StatisticsDesk desk;

    private Long quantitiesPending;

    @Inject
    Feedback feedback;

    @Inject
    Clock clock;

    @Inject
    RequestMemo memo;

    private String month;
    /** Which figures the user chose; none chosen: a month's final snapshot, else the live figures. */
    private Boolean snapshotChosen;
    /** The month the figures were last read for: another month starts again from its own default. */
    private YearMonth monthRead;

    /** Last month by default: the one the GM office reports on by the 10th. */
    public String getMonth() {
        if (month == null) {
            month = YearMonth.now(clock).minusMonths(1).toString();
        }
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public void show() {
        if (monthRead != null && !monthRead.toString().equals(getMonth())) {
            // Another month: its own default (its final snapshot, or live), not the choice made for the last one.
            snapshotChosen = null;
        }
    }

    public MonthlyFigures getFigures() {
        YearMonth chosen = chosenMonth();
        monthRead = chosen;
        boolean fromSnapshot = isSnapshotShown(chosen);
        // A month the GM office confirmed after it ended cannot change: its figures are read, not computed
        // again from every case closed in it (issue 17); 即时数据 still recomputes them.
        return memo.get(new FiguresKey(chosen, fromSnapshot),
                () -> fromSnapshot ? desk.figuresOf(snapshot(chosen).snapshot()) : desk.live(chosen));
    }

    public StatisticsSnapshot getSnapshot() {
        return snapshot(chosenMonth()).snapshot();
    }

    private SnapshotRead snapshot(YearMonth chosen) {
        return memo.get(new SnapshotKey(chosen), () -> {
            StatisticsSnapshot snapshot = desk.snapshot(chosen);
            return new SnapshotRead(snapshot, desk.isFinal(snapshot));
        });
    }

    private boolean isSnapshotShown(YearMonth chosen) {
        SnapshotRead read = snapshot(chosen);
        return read.snapshot() != null && (snapshotChosen != null ? snapshotChosen : read.isFinal());
    }

    public void generate() {
        act("statistics.generated", () -> desk.generate(chosenMonth()));
        snapshotChosen = true;
    }

    public void confirm() {
        act("statistics.confirmed", () -> desk.confirm(chosenMonth()));
        snapshotChosen = true;
    }

    /** Open cases whose quantities are still pending, which the month's defect counts cannot include yet. */
    public long getQuantitiesPending() {
        if (quantitiesPending == null) {
            quantitiesPending = desk.casesWithQuantitiesPending();
        }
        return quantitiesPending;
    }

    public String getResponsibleChart() {
        return bar(getFigures().getByResponsible(), "statistics.chartResponsible", false);
    }

    public String getParetoChart() {
        return bar(getFigures().getPareto(), "statistics.chartPareto", true);
    }

    public String getOnTimeChart() {
        List<DepartmentFigures> departments = getFigures().getDepartments().stream().filter(d -> d.getSteps() > 0).toList();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder rates = Json.createArrayBuilder();
        for (DepartmentFigures department : departments) {
            labels.add(feedback.text(department.getLabelKey()));
            rates.add(department.getRate());
        }
        return ChartJson.chart(labels, Json.createArrayBuilder().add(ChartJson.dataset("bar", feedback.text("statistics.onTimeRate"), rates,
                "#2e7d32", "y")), false);
    }

    private String bar(List<Figure> rows, String titleKey, boolean cumulative) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        JsonArrayBuilder running = Json.createArrayBuilder();
        for (Figure row : rows) {
            labels.add(row.getLabelKey() != null ? feedback.text(row.getLabelKey()) : row.getLabel());
            counts.add(row.getCount());
            running.add(row.getCumulative() == null ? BigDecimal.ZERO : row.getCumulative());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(ChartJson.dataset("bar", feedback.text(titleKey), counts, "#1565c0", "y"));
        if (cumulative) {
            datasets.add(ChartJson.dataset("line", feedback.text("statistics.cumulative"), running, "#c62828", "percent"));
        }
        return ChartJson.chart(labels, datasets, cumulative);
    }

    /** The month typed, or last month with a notice when the text names none. */
    private YearMonth chosenMonth() {
        YearMonth chosen = Period.month(getMonth()).orElseGet(() -> {
            feedback.info("statistics.badMonth");
            return YearMonth.now(clock).minusMonths(1);
        });
        month = chosen.toString();
        return chosen;
    }

    private void act(String doneKey, Runnable action) {
        try {
            action.run();
            feedback.info(doneKey, getMonth());
        } catch (RuleViolation | EJBAccessException refusal) {
            feedback.refused(refusal);
        }
        // The snapshot was written: this request shows it, and its figures, as they are now.
        YearMonth chosen = chosenMonth();
        memo.forget(new SnapshotKey(chosen));
        memo.forget(new FiguresKey(chosen, true));
    }

    /** The month as the drill-down and the PDF name it. */
    public String getPeriod() {
        return chosenMonth().toString();
    }

    /** Whether the page shows the month's snapshot (快照) rather than its live figures (即时数据). */
    public Boolean getSnapshotShown() {
        return isSnapshotShown(chosenMonth());
    }

    public void setSnapshotShown(Boolean snapshotShown) { this.snapshotChosen = snapshotShown; }

    /** The month's snapshot as this request read it (none: null), and whether it is final. */
    private record SnapshotRead(StatisticsSnapshot snapshot, boolean isFinal) {
    }

    /** The keys of what this request read, in its {@link RequestMemo}. */
    private record SnapshotKey(YearMonth month) {
    }

    private record FiguresKey(YearMonth month, boolean fromSnapshot) {
    }
}
