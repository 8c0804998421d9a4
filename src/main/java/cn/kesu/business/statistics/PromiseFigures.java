package cn.kesu.business.statistics;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One kind of promise to the customer in the cases closed in the period (issue 14): how many fell due, how many were
 * kept by their time, the on-time rate in percent — beside the departments' step on-time rates. A promise that lapsed
 * because the case closed before it fell due is not counted.
 */
public class PromiseFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kind;
    private long due;
    private long onTime;
    private BigDecimal rate;

    public PromiseFigures() {
    }

    public PromiseFigures(String kind, long due, long onTime, BigDecimal rate) {
        this.kind = kind;
        this.due = due;
        this.onTime = onTime;
        this.rate = rate;
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public long getDue() { return due; }
    public void setDue(long due) { this.due = due; }
    public long getOnTime() { return onTime; }
    public void setOnTime(long onTime) { this.onTime = onTime; }
    public BigDecimal getRate() { return rate; }
    public void setRate(BigDecimal rate) { this.rate = rate; }

    public String getLabelKey() {
        return "promise." + kind;
    }
}
