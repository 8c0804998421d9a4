package cn.kesu.business.deadline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The runs a reminder scan numbers its new rows by: each row's serial is the scan's first plus its place in the list. */
class IdRunTest {

    @Test
    void consecutiveIdsAreOneRun() {
        assertEquals(List.of(new IdRun(80569, 80572, 0)), IdRun.of(List.of(80569L, 80570L, 80571L, 80572L)));
    }

    @Test
    void anotherInsertBetweenStartsANewRunAndTheSerialsStayGapFree() {
        // 13, 14 and 17 to 19 are another transaction's rows.
        List<IdRun> runs = IdRun.of(List.of(11L, 12L, 15L, 16L, 20L));
        assertEquals(List.of(new IdRun(11, 12, 0), new IdRun(15, 16, 2), new IdRun(20, 20, 4)), runs);
        // What "update … set day_serial = id + (serial + offset - first) where id between first and last" gives.
        int serial = 7;
        List<Long> serials = new ArrayList<>();
        for (IdRun run : runs) {
            for (long id = run.first(); id <= run.last(); id++) {
                serials.add(id + serial + run.offset() - run.first());
            }
        }
        assertEquals(List.of(7L, 8L, 9L, 10L, 11L), serials);
    }

    @Test
    void noIdsNoRuns() {
        assertEquals(List.of(), IdRun.of(List.of()));
    }
}
