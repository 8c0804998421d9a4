package cn.kesu.business.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/** The one reading of a typed month or year for every report page and download. */
class PeriodTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aMonthOrAYearIsReadWithBlanksAroundIt() {
        assertEquals(Optional.of(YearMonth.of(2025, 5)), Period.month(" 2025-05 "));
        assertEquals(Optional.of(Year.of(2025)), Period.year("2025\n"));
    }

    @Test
    void anythingElseIsNoMonthAndNoYear() {
        assertTrue(Period.month("2025-13").isEmpty());
        assertTrue(Period.month("五月").isEmpty());
        assertTrue(Period.month(null).isEmpty());
        assertTrue(Period.year("二〇二五").isEmpty());
        assertTrue(Period.year(null).isEmpty());
        assertNull(Period.parse("2025-5", SHANGHAI));
    }

    @Test
    void aPeriodRunsFromMidnightToMidnightInTheCompanysZone() {
        Period may = Period.parse("2025-05", SHANGHAI);
        assertEquals(Instant.parse("2025-04-30T16:00:00Z"), may.from());
        assertEquals(Instant.parse("2025-05-31T16:00:00Z"), may.to());
        Period year = Period.parse("2025", SHANGHAI);
        assertEquals(Instant.parse("2024-12-31T16:00:00Z"), year.from());
        assertEquals("2025", year.label());
    }
}
