package cn.kesu.view.complaints;

import cn.kesu.business.complaint.query.CaseQueries;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;

/** Backing bean of {@code ledger.xhtml} (客户抱怨案件登记追踪表). */
@Named
@ViewScoped
public class LedgerView extends CaseListView {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseQueries queries;

    @Inject
    Clock clock;

    @Override
    protected CaseRowModel createModel() {
        return new CaseRowModel((first, size, sort, asc) -> queries.ledger(filter(), first, size, sort, asc));
    }

    @Override
    protected Clock clock() {
        return clock;
    }
}
