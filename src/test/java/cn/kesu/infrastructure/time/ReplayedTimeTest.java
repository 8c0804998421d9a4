package cn.kesu.infrastructure.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** On a demo server the company clock reads the replayed time on the replaying thread only, and only meanwhile. */
class ReplayedTimeTest {

    private static final Instant PAST = Instant.parse("2026-10-08T01:00:00Z");

    @BeforeEach
    void demoSwitchOn() {
        System.setProperty("kesu.demo", "true");
    }

    @AfterEach
    void demoSwitchOff() {
        System.clearProperty("kesu.demo");
    }

    @Test
    void theClockReadsTheReplayedTimeWhileTheStepRunsAndTheRealTimeAfter() throws Exception {
        Clock clock = new ClockProducer().clock();
        assertEquals(PAST, ReplayedTime.at(PAST, clock::instant));
        Instant inner = ReplayedTime.at(PAST, () -> ReplayedTime.at(PAST.plusSeconds(60), clock::instant));
        assertEquals(PAST.plusSeconds(60), inner);
        assertEquals(PAST, ReplayedTime.at(PAST, () -> {
            ReplayedTime.at(PAST.plusSeconds(60), clock::instant);
            return clock.instant();
        }), "a nested replay gives the outer time back");
        assertFalse(ReplayedTime.now().isPresent());
        assertTrue(Duration.between(clock.instant(), Instant.now()).abs().toSeconds() < 5, "real time after the replay");
    }

    @Test
    void anotherThreadKeepsTheRealTimeDuringAReplay() throws Exception {
        Clock clock = new ClockProducer().clock();
        Instant elsewhere = ReplayedTime.at(PAST, () -> CompletableFuture.supplyAsync(clock::instant).get());
        assertTrue(elsewhere.isAfter(PAST.plus(Duration.ofDays(1))), "another thread read " + elsewhere);
    }
}
