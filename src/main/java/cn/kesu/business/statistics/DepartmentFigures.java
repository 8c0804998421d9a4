package cn.kesu.business.statistics;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One department's deadlines in the month: its steps in the cases closed (how many, how many on time,
 * the on-time rate in percent), the reminders (催办单) and investigations (查办单) it received, the times it
 * paused a step's clock waiting on the customer (暂停计时), and the 8D actions it owned still open, and overdue, at the
 * end of the period.
 */
public class DepartmentFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    private String department;
    private long steps;
    private long onTime;
    private BigDecimal rate;
    private long reminders;
    private long investigations;
    private long pauses;
    private long openActions;
    private long overdueActions;

    public DepartmentFigures() {
    }

    public DepartmentFigures(String department) {
        this.department = department;
    }

    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public long getSteps() { return steps; }
    public void setSteps(long steps) { this.steps = steps; }
    public long getOnTime() { return onTime; }
    public void setOnTime(long onTime) { this.onTime = onTime; }
    public BigDecimal getRate() { return rate; }
    public void setRate(BigDecimal rate) { this.rate = rate; }
    public long getReminders() { return reminders; }
    public void setReminders(long reminders) { this.reminders = reminders; }
    public long getInvestigations() { return investigations; }
    public void setInvestigations(long investigations) { this.investigations = investigations; }

    /** 暂停计时: the times the department paused a step's clock in the month, waiting on the customer. */
    public long getPauses() { return pauses; }
    public void setPauses(long pauses) { this.pauses = pauses; }

    /** 8D actions the department owned that were still open at the end of the period (or now, for the current one). */
    public long getOpenActions() { return openActions; }
    public void setOpenActions(long openActions) { this.openActions = openActions; }
    /** … and of those, the ones past their due time then. */
    public long getOverdueActions() { return overdueActions; }
    public void setOverdueActions(long overdueActions) { this.overdueActions = overdueActions; }

    public String getLabelKey() {
        return "department." + department;
    }
}
