package cn.kesu.business.statistics;

/**
 * 客诉案件统计表 of one month: the headline figures with the previous month and the same month a year
 * before, and the month's breakdowns ({@link ReportFigures}). Plain beans, so that a snapshot is stored
 * as JSON and read back unchanged.
 */
public class MonthlyFigures extends ReportFigures {

    private String month;
    private Totals totals = new Totals();
    private Totals previousMonth = new Totals();
    private Totals sameMonthLastYear = new Totals();

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public Totals getTotals() { return totals; }
    public void setTotals(Totals totals) { this.totals = totals; }
    public Totals getPreviousMonth() { return previousMonth; }
    public void setPreviousMonth(Totals previousMonth) { this.previousMonth = previousMonth; }
    public Totals getSameMonthLastYear() { return sameMonthLastYear; }
    public void setSameMonthLastYear(Totals sameMonthLastYear) { this.sameMonthLastYear = sameMonthLastYear; }
}
