package cn.kesu.view.execution;

import cn.kesu.business.execution.ExecutionQueries;
import cn.kesu.business.execution.ReceivablesRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * 业务员收款率扣除: per salesperson, the claim amounts of the month's closed cases that touched
 * receivables, kept out of the collection rate of the bonus computation; exported to Excel.
 */
@Named
@ViewScoped
public class ReceivablesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExecutionQueries queries;

    @Inject
    Clock clock;

    private String month;
    private List<ReceivablesRow> rows;

    public List<ReceivablesRow> getRows() {
        if (rows == null) {
            rows = queries.receivables(yearMonth());
        }
        return rows;
    }

    public BigDecimal getTotal() {
        return getRows().stream().map(ReceivablesRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public void show() {
        rows = null;
    }

    private YearMonth yearMonth() {
        try {
            return month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            month = null;
            return YearMonth.now(clock);
        }
    }

    public String getMonth() {
        return month == null ? yearMonth().toString() : month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
