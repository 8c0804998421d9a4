package cn.kesu.view.complaints;

import cn.kesu.business.complaint.query.CaseFilter;
import cn.kesu.business.complaint.query.CaseRow;
import cn.kesu.model.complaint.Step;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** What the work list and the ledger share: the filter form, the lazy model, deadline colours. */
public abstract class CaseListView implements Serializable {

    private static final long serialVersionUID = 1L;

    private String number;
    private String customer;
    private String partNo;
    private Step step;
    private boolean overdueOnly;
    private String month;
    private CaseRowModel model;

    protected abstract CaseRowModel createModel();

    protected abstract Clock clock();

    public CaseRowModel getModel() {
        if (model == null) {
            model = createModel();
        }
        return model;
    }

    protected CaseFilter filter() {
        YearMonth accepted = null;
        if (month != null && !month.isBlank()) {
            try {
                accepted = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                accepted = null;
            }
        }
        return new CaseFilter(number, customer, partNo, step, overdueOnly, accepted);
    }

    /** Row colour: red past a deadline, amber within a day of the step's. */
    public String rowClass(CaseRow row) {
        Instant now = clock().instant();
        return row.isOverdue(now) ? "kesu-overdue" : row.isDueSoon(now) ? "kesu-due-soon" : "";
    }

    public Step[] getSteps() {
        return Step.values();
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getCustomer() { return customer; }
    public void setCustomer(String customer) { this.customer = customer; }
    public String getPartNo() { return partNo; }
    public void setPartNo(String partNo) { this.partNo = partNo; }
    public Step getStep() { return step; }
    public void setStep(Step step) { this.step = step; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
}
