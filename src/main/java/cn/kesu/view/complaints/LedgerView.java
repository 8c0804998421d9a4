package cn.kesu.view.complaints;

import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.query.CaseRow;
import cn.kesu.business.complaint.query.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Backing bean of {@code ledger.xhtml} (客户抱怨案件登记追踪表). */
@Named
@ViewScoped
public class LedgerView extends CaseListView {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseQueries queries;

    @Inject
    Clock clock;

    /** 最近告知客户 of the rows shown: fetched with each page. */
    private Map<Long, Instant> lastInformed = Map.of();

    @Override
    protected CaseRowModel createModel() {
        return new CaseRowModel((first, size, sort, asc) -> {
            Page<CaseRow> page = queries.ledger(filter(), first, size, sort, asc);
            lastInformed = queries.lastContacts(page.rows().stream().map(CaseRow::getId).toList());
            return page;
        });
    }

    /** When the row's customer was last contacted about the case; null if never. */
    public Instant lastInformed(CaseRow row) {
        return lastInformed.get(row.getId());
    }

    @Override
    protected Clock clock() {
        return clock;
    }
}
