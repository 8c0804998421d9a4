package cn.kesu.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Produces the clock all logic reads time from. Months of case numbers, working days and office
 * hours are the factory's, so the zone is the company's ({@code KESU_TIME_ZONE}, default
 * Asia/Shanghai), not the server's.
 */
@ApplicationScoped
public class ClockProducer {

    private final Clock clock = Clock.system(ZoneId.of(
            System.getenv().getOrDefault("KESU_TIME_ZONE", "Asia/Shanghai")));

    @Produces
    public Clock clock() {
        return clock;
    }
}
