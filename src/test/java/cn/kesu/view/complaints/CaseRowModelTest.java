package cn.kesu.view.complaints;

import cn.kesu.business.complaint.query.CaseRow;
import cn.kesu.business.complaint.query.CaseSort;
import cn.kesu.business.complaint.query.RowCount;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One capped count and one page per render, in the order PrimeFaces asks (count, then load). */
class CaseRowModelTest {

    @Test
    void aRenderCountsOnceAndLoadsOnePage() {
        AtomicInteger counts = new AtomicInteger();
        List<String> loads = new ArrayList<>();
        CaseRowModel model = new CaseRowModel(() -> {
            counts.incrementAndGet();
            return new RowCount(45, false);
        }, (first, size, sort, ascending) -> {
            loads.add(first + "/" + size + "/" + sort + "/" + ascending);
            return List.of(row(7L));
        });

        assertEquals(45, model.count(Map.of()));
        List<CaseRow> page = model.load(40, 20, Map.of("number", SortMeta.builder().field("number")
                .order(SortOrder.DESCENDING).build()), Map.of());

        assertEquals(1, counts.get());
        assertEquals(List.of("40/20/" + CaseSort.NUMBER + "/false"), loads);
        assertEquals(45, model.getCountedRows());
        assertFalse(model.isCountCapped());
        assertEquals(7L, model.getRowData("7").getId());
        assertEquals(1, page.size());
    }

    @Test
    void pastTheLimitTheListPagesThroughTheFirstThousandAndSaysThereAreMore() {
        CaseRowModel model = new CaseRowModel(() -> new RowCount(RowCount.LIMIT, true), (first, size, sort, asc) -> List.of());

        assertEquals(1000, model.count(Map.of()));
        assertTrue(model.isCountCapped());
    }

    private static CaseRow row(Long id) {
        return new CaseRow(id, null, "C1", "客户", "P-1", null, null, false, null, 0, null, null, null, null, null, 0L);
    }
}
