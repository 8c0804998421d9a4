package cn.kesu.business.statistics;

import java.io.Serializable;

/** One month's line of the yearly report: its headline figures, for the trend. */
public class MonthTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    private String month;
    private Totals totals = new Totals();

    public MonthTotals() {
    }

    public MonthTotals(String month, Totals totals) {
        this.month = month;
        this.totals = totals;
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public Totals getTotals() { return totals; }
    public void setTotals(Totals totals) { this.totals = totals; }
}
