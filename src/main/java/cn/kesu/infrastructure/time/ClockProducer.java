package cn.kesu.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Produces the clock all logic reads time from. Months of case numbers, working days and office
 * hours are the factory's, so the zone is the company's ({@code KESU_TIME_ZONE}, default
 * Asia/Shanghai), not the server's. It reads the real time, except on the thread that replays the demo's
 * history ({@link ReplayedTime}).
 */
@ApplicationScoped
public class ClockProducer {

    private final Clock clock = new CompanyClock(ZoneId.of(
            System.getenv().getOrDefault("KESU_TIME_ZONE", "Asia/Shanghai")));

    @Produces
    public Clock clock() {
        return clock;
    }

    /** Serializable like the system clock it wraps, since view-scoped beans that hold it are passivation capable. */
    private static final class CompanyClock extends Clock implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ZoneId zone;

        CompanyClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new CompanyClock(other);
        }

        @Override
        public Instant instant() {
            return ReplayedTime.now().orElseGet(Instant::now);
        }
    }
}
