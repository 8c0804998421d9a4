package cn.kesu.view.statistics;

import cn.kesu.business.statistics.MonthTotals;
import cn.kesu.business.statistics.Period;
import cn.kesu.business.statistics.StatisticsDesk;
import cn.kesu.business.statistics.YearlyFigures;
import cn.kesu.view.Feedback;
import cn.kesu.view.RequestMemo;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.io.Serializable;
import java.time.Clock;
import java.time.Year;

/**
 * 客户投诉处理年报表: the year's figures by month with the trend charts, its breakdowns and the PDF. The view keeps
 * only the year: the figures are read for each request ({@link RequestMemo}), not held in every open view.
 */
@Named
@ViewScoped
public class YearlyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StatisticsDesk desk;

    @Inject
    Feedback feedback;

    @Inject
    Clock clock;

    @Inject
    RequestMemo memo;

    private String year;

    /** This year by default; in January, the report is on the year just ended. */
    public String getYear() {
        if (year == null) {
            Year now = Year.now(clock);
            year = (java.time.LocalDate.now(clock).getMonthValue() == 1 ? now.minusYears(1) : now).toString();
        }
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public YearlyFigures getFigures() {
        Year chosen = chosenYear();
        return memo.get(new YearRead(chosen), () -> desk.year(chosen));
    }

    public String getPeriod() {
        return chosenYear().toString();
    }

    /** Cases closed and established per month: the trend. */
    public String getTrendChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder cases = Json.createArrayBuilder();
        JsonArrayBuilder established = Json.createArrayBuilder();
        for (MonthTotals month : getFigures().getMonths()) {
            labels.add(month.getMonth());
            cases.add(month.getTotals().getCases());
            established.add(month.getTotals().getEstablished());
        }
        return ChartJson.chart(labels, Json.createArrayBuilder()
                .add(ChartJson.dataset("line", feedback.text("statistics.cases"), cases, "#1565c0", "y"))
                .add(ChartJson.dataset("line", feedback.text("statistics.established"), established, "#c62828", "y")), false);
    }

    /** Claim and loss amounts per month. */
    public String getAmountChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder claims = Json.createArrayBuilder();
        JsonArrayBuilder losses = Json.createArrayBuilder();
        for (MonthTotals month : getFigures().getMonths()) {
            labels.add(month.getMonth());
            claims.add(month.getTotals().getClaim());
            losses.add(month.getTotals().getLoss());
        }
        return ChartJson.chart(labels, Json.createArrayBuilder()
                .add(ChartJson.dataset("bar", feedback.text("statistics.claim"), claims, "#1565c0", "y"))
                .add(ChartJson.dataset("bar", feedback.text("statistics.loss"), losses, "#ef6c00", "y")), false);
    }

    /** The year typed, or this year with a notice when the text names none. */
    private Year chosenYear() {
        Year chosen = Period.year(getYear()).orElseGet(() -> {
            feedback.info("statistics.badYear");
            return Year.now(clock);
        });
        year = chosen.toString();
        return chosen;
    }

    /** The key of a year's figures in this request's {@link RequestMemo}. */
    private record YearRead(Year year) {
    }
}
