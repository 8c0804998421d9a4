package cn.kesu.business.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * 客户投诉处理年报表: the year's headline figures against the year before, each month's totals for the
 * trend, and the year's breakdowns as in the monthly report (responsible parties weighted by QA's
 * shares, category, customer, part number, the Pareto of abnormality types, each department's deadlines).
 */
public class YearlyFigures extends ReportFigures {

    private int year;
    private Totals totals = new Totals();
    private Totals previousYear = new Totals();
    private List<MonthTotals> months = new ArrayList<>();

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public Totals getTotals() { return totals; }
    public void setTotals(Totals totals) { this.totals = totals; }
    public Totals getPreviousYear() { return previousYear; }
    public void setPreviousYear(Totals previousYear) { this.previousYear = previousYear; }
    public List<MonthTotals> getMonths() { return months; }
    public void setMonths(List<MonthTotals> months) { this.months = months; }
}
