package cn.kesu.view.complaints;

import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.query.CaseRow;
import cn.kesu.business.complaint.query.PromiseDue;
import cn.kesu.view.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Backing bean of {@code ledger.xhtml} (客户抱怨案件登记追踪表). */
@Named
@ViewScoped
public class LedgerView extends CaseListView {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    CaseQueries queries;

    @Inject
    Clock clock;

    @Inject
    Feedback feedback;

    /** 最近告知客户 of the rows shown: fetched with each page. */
    private Map<Long, Instant> lastInformed = Map.of();

    /** 下一项对客户承诺 of the rows shown: fetched with each page. */
    private Map<Long, PromiseDue> nextPromise = Map.of();

    /** The 8D state of the rows shown that have one (true: closed). */
    private Map<Long, Boolean> eightDClosed = Map.of();

    @Override
    protected CaseRowModel createModel() {
        return new CaseRowModel(() -> queries.ledgerCount(filter()), (first, size, sort, asc) -> {
            List<CaseRow> page = queries.ledger(filter(), first, size, sort, asc);
            List<Long> ids = page.stream().map(CaseRow::getId).toList();
            lastInformed = queries.lastContacts(ids);
            nextPromise = queries.nextPromises(ids);
            eightDClosed = queries.eightDsClosed(ids);
            return page;
        });
    }

    /** When the row's customer was last contacted about the case; null if never. */
    public Instant lastInformed(CaseRow row) {
        return lastInformed.get(row.getId());
    }

    /** What the row's customer is owed next and by when, e.g. "初步报告 2026-03-05 10:00"; empty when nothing is. */
    public String nextPromiseText(CaseRow row) {
        PromiseDue due = nextPromise.get(row.getId());
        return due == null ? "" : feedback.bundle().getString(due.kind().labelKey()) + " "
                + WHEN.format(due.dueAt().atZone(clock.getZone()));
    }

    /** 进行中 or 已结案 for a case with an 8D; empty without one. */
    public String eightDText(CaseRow row) {
        Boolean closed = eightDClosed.get(row.getId());
        return closed == null ? "" : feedback.bundle().getString(closed ? "eightD.state.CLOSED" : "eightD.state.OPEN");
    }

    @Override
    protected Clock clock() {
        return clock;
    }
}
