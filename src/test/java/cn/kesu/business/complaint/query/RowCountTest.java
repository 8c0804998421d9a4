package cn.kesu.business.complaint.query;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RowCountTest {

    @Test
    void aCountReadsOnePastTheLimitToKnowWhetherThereAreMore() {
        assertEquals(new RowCount(0, false), RowCount.of(0));
        assertEquals(new RowCount(1000, false), RowCount.of(1000));
        assertEquals(new RowCount(1000, true), RowCount.of(1001));
    }
}
