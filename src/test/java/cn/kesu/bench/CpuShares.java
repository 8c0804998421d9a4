package cn.kesu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The processor time each party of a measure has used, read from the operating system: the benchmark's WildFly
 * (all its threads: requests, garbage collection, compilation), PostgreSQL (all its processes) and this client. All
 * three share the machine's two cores, so requests per second end where their sum per request fills both; the
 * shares tell which party to look at. They are not steady either: the JIT and the collector work beside the
 * requests, and the same code measured 28 and 43 ms of server time per request in two runs.
 */
record CpuShares(Optional<Duration> server, Optional<Duration> database, Duration client) {

    /** The time used so far; a party that cannot be read (not exactly one test server, hidden processes) is empty. */
    static CpuShares now() {
        List<ProcessHandle> servers = testServers();
        return new CpuShares(servers.size() == 1 ? servers.get(0).info().totalCpuDuration() : Optional.empty(),
                // Its backends rename themselves ("postgres: 15/main: …"), so the executable is what they share.
                total(processes(info -> info.command().filter(command -> command.endsWith("/postgres")).isPresent())),
                ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
    }

    /**
     * The processor time the test server's JIT compiler threads ("C1 CompilerThread…", "C2 CompilerThread…") have
     * used so far, from Linux's /proc; empty where that cannot be read.
     */
    static Optional<Duration> compiler() {
        List<ProcessHandle> servers = testServers();
        if (servers.size() != 1) {
            return Optional.empty();
        }
        long ticks = 0;
        try (var threads = Files.list(Path.of("/proc", String.valueOf(servers.get(0).pid()), "task"))) {
            for (Path thread : threads.toList()) {
                try {
                    if (!Files.readString(thread.resolve("comm")).contains("CompilerThre")) {
                        continue;
                    }
                    // utime and stime: the 14th and 15th fields, the 12th and 13th after the name's closing ")".
                    String stat = Files.readString(thread.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (IOException ended) {
                    // A compiler thread that ended between the listing and the reading: its time is gone.
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        // Linux counts in clock ticks of 10 ms (USER_HZ 100 on every kernel these machines run).
        return Optional.of(Duration.ofMillis(ticks * 10));
    }

    /**
     * ", CPU per request: server 12.3 ms, database 2.1 ms, client 1.4 ms" since {@code before}. The database's
     * share counts only the processes alive at both readings (the pool keeps its connections).
     */
    static String perRequest(CpuShares before, int requests) {
        if (requests == 0) {
            return "";
        }
        CpuShares after = now();
        StringBuilder shares = new StringBuilder(", CPU per request:");
        before.server.flatMap(s -> after.server.map(a -> a.minus(s)))
                .ifPresent(used -> shares.append(String.format(" server %.1f ms,", millis(used, requests))));
        before.database.flatMap(s -> after.database.map(a -> a.minus(s)))
                .ifPresent(used -> shares.append(String.format(" database %.1f ms,", millis(used, requests))));
        shares.append(String.format(" client %.1f ms", millis(after.client.minus(before.client), requests)));
        return shares.toString();
    }

    private static double millis(Duration used, int requests) {
        return used.toNanos() / 1e6 / requests;
    }

    /** The JVMs of test servers (target/server-it) running now; a reading needs exactly one. */
    private static List<ProcessHandle> testServers() {
        return processes(info -> info.commandLine()
                .filter(line -> line.contains("jboss-modules.jar") && line.contains("server-it")).isPresent());
    }

    private static List<ProcessHandle> processes(Predicate<ProcessHandle.Info> which) {
        return ProcessHandle.allProcesses().filter(process -> which.test(process.info())).toList();
    }

    /** The sum of the processes' time, or empty when there are none or one of them hides it. */
    private static Optional<Duration> total(List<ProcessHandle> processes) {
        Duration sum = Duration.ZERO;
        for (ProcessHandle process : processes) {
            Optional<Duration> used = process.info().totalCpuDuration();
            if (used.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.plus(used.get());
        }
        return processes.isEmpty() ? Optional.empty() : Optional.of(sum);
    }
}
