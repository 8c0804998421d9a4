package cn.kesu.view.complaints;

import cn.kesu.business.complaint.query.CaseRow;
import cn.kesu.business.complaint.query.CaseSort;
import cn.kesu.business.complaint.query.RowCount;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A lazily paged case list for p:dataTable: the count and each page come from the database, never the whole list.
 * PrimeFaces asks {@link #count} and then {@link #load} once per render: one capped count (RowCount) and one page.
 */
public class CaseRowModel extends LazyDataModel<CaseRow> {

    private static final long serialVersionUID = 1L;

    /** Counts the list; the view supplies it from its department bean query and its filter. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        RowCount count();
    }

    /** Loads one page; the view supplies it from its department bean query and its filter. */
    @FunctionalInterface
    public interface Loader extends Serializable {
        List<CaseRow> load(int first, int pageSize, CaseSort sort, boolean ascending);
    }

    private final Counter counter;
    private final Loader loader;
    private RowCount counted = new RowCount(0, false);
    private transient List<CaseRow> last;

    public CaseRowModel(Counter counter, Loader loader) {
        this.counter = counter;
        this.loader = loader;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        counted = counter.count();
        return counted.rows();
    }

    /** The cases the last count found, at most {@link RowCount#LIMIT}. */
    public int getCountedRows() {
        return counted.rows();
    }

    /** Whether more cases match than the list counts and pages through ("1,000+"). */
    public boolean isCountCapped() {
        return counted.more();
    }

    @Override
    public List<CaseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        CaseSort sort = null;
        boolean ascending = true;
        for (SortMeta meta : sortBy.values()) {
            sort = sortOf(meta.getField());
            ascending = meta.getOrder() != SortOrder.DESCENDING;
        }
        last = loader.load(first, pageSize, sort, ascending);
        return last;
    }

    /** The columns' sortBy properties to the sorts the query offers; anything else sorts by default. */
    private static CaseSort sortOf(String field) {
        return switch (field == null ? "" : field) {
            case "number" -> CaseSort.NUMBER;
            case "customerCode", "customerName" -> CaseSort.CUSTOMER;
            case "partNo" -> CaseSort.PART;
            case "currentStep" -> CaseSort.STEP;
            case "stepDueAt" -> CaseSort.STEP_DUE;
            case "caseDueAt" -> CaseSort.CASE_DUE;
            case "createdAt" -> CaseSort.CREATED;
            case "acceptedAt" -> CaseSort.ACCEPTED;
            default -> null;
        };
    }

    @Override
    public String getRowKey(CaseRow row) {
        return String.valueOf(row.getId());
    }

    @Override
    public CaseRow getRowData(String rowKey) {
        return last == null ? null : last.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
