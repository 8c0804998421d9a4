package cn.kesu.infrastructure.time;

import cn.kesu.infrastructure.security.FirstAdministrator;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The time of a demo history being replayed on the loading thread. The demo builds its month of cases
 * through the real department beans, which read "now" from the clock; while a step of that history runs,
 * the clock on that thread reads the step's past time instead. Only with the demo switch: on a production
 * server {@link #at} refuses, so the clock there never reads anything but the real time.
 */
public final class ReplayedTime {

    private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

    private ReplayedTime() {
    }

    /** The replayed time on this thread, if a demo history is being replayed on it. */
    public static Optional<Instant> now() {
        return Optional.ofNullable(REPLAYED.get());
    }

    /** Runs {@code action} on this thread with the clock reading {@code time}; demo servers only. */
    public static <T> T at(Instant time, Callable<T> action) throws Exception {
        FirstAdministrator.requireDemoMode("客诉: a past time is replayed for the demo only");
        Instant outer = REPLAYED.get();
        REPLAYED.set(time);
        try {
            return action.call();
        } finally {
            if (outer == null) {
                REPLAYED.remove();
            } else {
                REPLAYED.set(outer);
            }
        }
    }
}
