package cn.kesu.infrastructure.time;

import jakarta.validation.ClockProvider;

import java.time.Clock;

/**
 * The clock Bean Validation checks {@code @PastOrPresent} against: the company's, as every rule reads time
 * ({@link ClockProducer}), not the server's zone. On a server in UTC, a date entered as today in Shanghai before 08:00
 * was refused as in the future. Named in {@code META-INF/validation.xml}.
 */
public class CompanyClockProvider implements ClockProvider {

    private static final Clock COMPANY = new ClockProducer().clock();

    @Override
    public Clock getClock() {
        return COMPANY;
    }
}
