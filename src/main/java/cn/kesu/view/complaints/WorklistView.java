package cn.kesu.view.complaints;

import cn.kesu.business.complaint.query.CaseQueries;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;

/** Backing bean of {@code worklist.xhtml}: the cases the caller's roles hold or countersign. */
@Named
@ViewScoped
public class WorklistView extends CaseListView {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseQueries queries;

    @Inject
    Clock clock;

    @Override
    protected CaseRowModel createModel() {
        return new CaseRowModel(() -> queries.worklistCount(filter()),
                (first, size, sort, asc) -> queries.worklist(filter(), first, size, sort, asc));
    }

    @Override
    protected Clock clock() {
        return clock;
    }
}
