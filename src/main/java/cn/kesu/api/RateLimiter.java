package cn.kesu.api;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * 限流: each client's calls per minute, as the administrator set them, in a fixed one-minute window per client.
 * Counted on each server: on a cluster behind a load balancer a client may reach its rate on each node, which keeps
 * one client from stopping the others, the limit's purpose, without a shared counter on every call.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    /** Counts a call; the seconds to wait when the client is over its rate, else 0. */
    long admit(String clientKey, int perMinute, Instant now) {
        Window window = windows.compute(clientKey, (key, current) ->
                current == null || !now.isBefore(current.start.plus(WINDOW)) ? new Window(now, 1) : current.plusOne());
        if (window.calls <= perMinute) {
            return 0;
        }
        return Math.max(1, Duration.between(now, window.start.plus(WINDOW)).toSeconds());
    }

    private record Window(Instant start, int calls) {
        Window plusOne() {
            return new Window(start, calls + 1);
        }
    }
}
