package cn.kesu.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The processor time the benchmark's WildFly has used, all its threads together (requests, garbage collection,
 * compilation), read from the operating system: the server runs on the same machine as the client. Divided by the
 * requests of a measure it is the server's cost of a page, apart from the client's share of the two cores. It is
 * not steady either: the JIT and the collector work beside the requests, and the same code measured 28 and 43 ms
 * per request in two runs.
 */
final class ServerCpu {

    private ServerCpu() {
    }

    /** The server's processor time so far; empty when there is not exactly one test server or the system hides it. */
    static Optional<Duration> used() {
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine()
                        .filter(line -> line.contains("jboss-modules.jar") && line.contains("server-it")).isPresent())
                .toList();
        return servers.size() == 1 ? servers.get(0).info().totalCpuDuration() : Optional.empty();
    }

    /** ", server CPU 12.3 ms/request" since {@code before}, or nothing when it cannot be read. */
    static String perRequest(Optional<Duration> before, int requests) {
        Optional<Duration> after = used();
        if (before.isEmpty() || after.isEmpty() || requests == 0) {
            return "";
        }
        return String.format(", server CPU %.1f ms/request", after.get().minus(before.get()).toNanos() / 1e6 / requests);
    }
}
