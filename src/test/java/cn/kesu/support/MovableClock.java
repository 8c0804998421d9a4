package cn.kesu.support;

import cn.kesu.infrastructure.time.ReplayedTime;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Replaces the application's clock in test deployments so that tests can move time: a deadline test
 * sets the clock to a Friday, a numbering test to the last minute of a month. Starts at the real time.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class MovableClock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** One moved time for the whole deployment; static so that the clock survives view-state serialization. */
    private static final AtomicReference<Instant> FIXED = new AtomicReference<>();

    private static final Clock CLOCK = new Moved();

    @Produces
    public Clock clock() {
        return CLOCK;
    }

    public void set(ZonedDateTime at) {
        FIXED.set(at.toInstant());
    }

    public void advance(java.time.Duration by) {
        FIXED.set(CLOCK.instant().plus(by));
    }

    public void reset() {
        FIXED.set(null);
    }

    /**
     * The real time, or the time a test moved it to. Serializable like the system clock it replaces, since
     * view-scoped beans that hold it are passivation capable.
     */
    private static final class Moved extends Clock implements Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            // The demo's history, replayed at start-up on this server too, comes first.
            Instant at = FIXED.get();
            return ReplayedTime.now().orElse(at == null ? Instant.now() : at);
        }
    }

    public static ZonedDateTime shanghai(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ZONE);
    }
}
