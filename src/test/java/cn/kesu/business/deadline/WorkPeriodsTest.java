package cn.kesu.business.deadline;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkPeriodsTest {

    @Test
    void withoutSettingsAQuarterHourScanFiveMinuteMailAndTenMinuteClaims() {
        WorkPeriods periods = WorkPeriods.of(Map.of());
        assertEquals(Duration.ofMinutes(15), periods.scan());
        assertEquals(Duration.ofMinutes(5), periods.mail());
        assertEquals(Duration.ofMinutes(10), periods.claim());
        assertEquals(Duration.ofMinutes(4), periods.mailRunBudget(), "a run stops well inside its claims");
    }

    @Test
    void aSiteSetsEachAsAnIsoDuration() {
        WorkPeriods periods = WorkPeriods.of(Map.of("KESU_SCAN_EVERY", "PT20S", "KESU_MAIL_EVERY", " PT1M ",
                "KESU_MAIL_CLAIM", "PT30S"));
        assertEquals(Duration.ofSeconds(20), periods.scan());
        assertEquals(Duration.ofMinutes(1), periods.mail());
        assertEquals(Duration.ofSeconds(15), periods.mailRunBudget(), "half a short claim");
    }

    @Test
    void aValueThatIsNoDurationOrTooShortIsRefusedByName() {
        IllegalArgumentException garbled = assertThrows(IllegalArgumentException.class,
                () -> WorkPeriods.of(Map.of("KESU_MAIL_EVERY", "5 minutes")));
        assertTrue(garbled.getMessage().startsWith("KESU_MAIL_EVERY=5 minutes"), garbled.getMessage());
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> WorkPeriods.of(Map.of("KESU_SCAN_EVERY", "PT1S")));
        assertTrue(tooShort.getMessage().startsWith("KESU_SCAN_EVERY must be at least PT5S"), tooShort.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WorkPeriods.of(Map.of("KESU_MAIL_CLAIM", "-PT10M")));
    }
}
