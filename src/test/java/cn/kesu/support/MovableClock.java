package cn.kesu.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Replaces the application's clock in test deployments so that tests can move time: a deadline test
 * sets the clock to a Friday, a numbering test to the last minute of a month. Starts at the real time.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class MovableClock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Instant fixed;

    private final Clock clock = new Clock() {
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
            Instant at = fixed;
            return at == null ? Instant.now() : at;
        }
    };

    @Produces
    public Clock clock() {
        return clock;
    }

    public void set(ZonedDateTime at) {
        fixed = at.toInstant();
    }

    public void advance(java.time.Duration by) {
        fixed = clock.instant().plus(by);
    }

    public void reset() {
        fixed = null;
    }

    public static ZonedDateTime shanghai(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ZONE);
    }
}
