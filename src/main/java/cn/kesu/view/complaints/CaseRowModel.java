package cn.kesu.view.complaints;

import cn.kesu.business.complaint.query.CaseRow;
import cn.kesu.business.complaint.query.CaseSort;
import cn.kesu.business.complaint.query.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A lazily paged case list for p:dataTable: each page and the count come from the database through
 * a {@link Loader}, never the whole list.
 */
public class CaseRowModel extends LazyDataModel<CaseRow> {

    private static final long serialVersionUID = 1L;

    /** Loads one page; the view supplies it from its department bean query and its filter. */
    @FunctionalInterface
    public interface Loader extends Serializable {
        Page<CaseRow> load(int first, int pageSize, CaseSort sort, boolean ascending);
    }

    private final Loader loader;
    private transient Page<CaseRow> last;

    public CaseRowModel(Loader loader) {
        this.loader = loader;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return last == null ? (int) loader.load(0, 1, null, true).total() : (int) last.total();
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
        setRowCount((int) last.total());
        return last.rows();
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
        return last == null ? null : last.rows().stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
