package cn.kesu.bench;

import cn.kesu.infrastructure.demo.DemoUser;
import cn.kesu.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of {@link PagesBench}: signed-in sessions of the demo users over HTTP, each page sent by 1, 16
 * and 64 of them at once. Kept apart because the server's copy of the bench never loads the HTTP client.
 */
final class PageLoad {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern CASE_LINK = Pattern.compile("case\\.xhtml\\?id=(\\d+)");
    private static final int[] SESSIONS = {1, 16, 64};
    /** Requests of each page in a round of the warm-up from one session. */
    private static final int ROUND = 20;
    /** The JIT compiler is quiet when it uses less than this share of a round's time. */
    private static final double QUIET = 0.05;
    /** The most time the warm-up from one session waits for it. */
    private static final Duration WARM_UP_LIMIT = Duration.ofMinutes(3);

    /** The signed-in sessions, kept from sign-in to the measures so the server can weigh them in between. */
    private static PageLoad signedIn;

    private final URL base;
    private final List<WebClient> qa;
    private final List<WebClient> gmOffice;

    private PageLoad(URL base) throws Exception {
        this.base = base;
        qa = sessions("qa", 64);
        gmOffice = sessions("gm-office", 64);
    }

    /** Signs in 64 sessions of qa and 64 of gm-office. */
    static int signIn(URL base) throws Exception {
        signedIn = new PageLoad(base);
        return signedIn.qa.size() + signedIn.gmOffice.size();
    }

    /** The pages measured, each warmed up, from the sessions signed in before. */
    private List<Page> warmedUp;

    /** Every page warmed up before any is measured: the pages share most of their code (JSF, the menu, security). */
    static void warmUpEveryPage() throws Exception {
        signedIn.warmedUp = signedIn.pages();
        for (Page page : signedIn.warmedUp) {
            warmUp(page.name(), page.sessions(), page.request());
        }
        // Then from one session, with a core to spare, until the server's JIT compiler is quiet: under 16 sessions
        // it compiles much of the code only halfway (its queue for the full compiler is too long) and finishes it
        // once the load drops. The compiler is idle whenever no request runs, so it is watched while requests run:
        // a wait without them found it quiet, and it then used more processor time than the requests during the
        // first measures at one session (a JFR recording: 104 % against 83 %).
        long started = System.nanoTime();
        Optional<Duration> readable = CpuShares.compiler();
        if (readable.isEmpty()) {
            oneSessionRound(warmUpRequests() / 5);
            PagesBench.print("pages: warmed up; the JIT compiler's threads cannot be read here");
            return;
        }
        Duration compiled = readable.get();
        double share;
        do {
            long round = System.nanoTime();
            oneSessionRound(ROUND);
            Duration compiledNow = CpuShares.compiler().orElseThrow();
            share = compiledNow.minus(compiled).toNanos() / (double) (System.nanoTime() - round);
            compiled = compiledNow;
        } while (share >= QUIET && System.nanoTime() - started < WARM_UP_LIMIT.toNanos());
        PagesBench.print(String.format("pages: warmed up; from one session for %.0f s more, until the JIT compiler"
                + " used %.1f %% of a round's time (quiet below %.0f %%)", (System.nanoTime() - started) / 1e9,
                share * 100, QUIET * 100));
    }

    /** Each page {@code requests} times in turn, from its first session. */
    private static void oneSessionRound(int requests) throws Exception {
        for (Page page : signedIn.warmedUp) {
            for (int i = 0; i < requests; i++) {
                checked(page.name(), page.request().send(page.sessions().get(0)));
            }
        }
    }

    /** Each page warmed up before ({@link #warmUpEveryPage}). */
    static void measureEveryPage() throws Exception {
        for (Page page : signedIn.warmedUp) {
            measure(page.name(), page.sessions(), page.request());
        }
    }

    /** The screens, or those whose name holds one of KESU_BENCH_PAGES's words (a shorter run for one page). */
    private List<Page> pages() throws Exception {
        Matcher link = CASE_LINK.matcher(qa.get(0).get("app/complaints/worklist.xhtml").body());
        if (!link.find()) {
            throw new IllegalStateException("qa's 待办案件 lists no case");
        }
        String caseId = link.group(1);
        List<Page> pages = List.of(
                new Page("待办案件 qa", qa, c -> c.get("app/complaints/worklist.xhtml")),
                new Page("待办案件 gm-office", gmOffice, c -> c.get("app/complaints/worklist.xhtml")),
                new Page("登记追踪表 gm-office", gmOffice, c -> c.get("app/complaints/ledger.xhtml")),
                new Page("case page", qa, c -> c.get("app/complaints/case.xhtml?id=" + caseId)),
                new Page("signed slip PDF", qa, c -> c.getBytes("app/slips/" + caseId + ".pdf")),
                new Page("客诉统计 month", gmOffice, c -> c.get("app/statistics/monthly.xhtml?month="
                        + YearMonth.now(ZONE).minusMonths(1))),
                new Page("客诉统计 confirmed month", gmOffice, c -> c.get("app/statistics/monthly.xhtml?month="
                        + YearMonth.now(ZONE).minusMonths(2))),
                new Page("年报表 year", gmOffice, c -> c.get("app/statistics/yearly.xhtml")));
        String only = System.getenv().getOrDefault("KESU_BENCH_PAGES", "");
        return pages.stream().filter(page -> only.isEmpty()
                || Arrays.stream(only.split(",")).anyMatch(page.name()::contains)).toList();
    }

    /** A screen as the bench asks for it, and whose sessions ask. */
    private record Page(String name, List<WebClient> sessions, Request request) {
    }

    @FunctionalInterface
    interface Request {
        HttpResponse<?> send(WebClient client) throws Exception;
    }

    private List<WebClient> sessions(String username, int count) throws Exception {
        List<WebClient> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            WebClient client = new WebClient(base);
            HttpResponse<String> signedIn = client.login(username, DemoUser.PASSWORD);
            if (signedIn.statusCode() != 302) {
                throw new IllegalStateException(username + " did not sign in: " + signedIn.statusCode());
            }
            sessions.add(client);
        }
        return sessions;
    }

    /**
     * Each concurrency in turn: every session sends its requests one after another. Only the pages whose name
     * contains one of KESU_BENCH_PAGES's words, when it is set (a shorter run while working on one page).
     */
    private static void measure(String page, List<WebClient> sessions, Request request) throws Exception {
        List<String> figures = new ArrayList<>();
        // KESU_BENCH_REQUESTS (default 300) at each concurrency, shared among the sessions: with 30 alone and 64 at
        // 16 sessions, as before, a p95 was the second-slowest request and two runs of the same code differed by
        // more than a change measured.
        int requests = Integer.parseInt(System.getenv().getOrDefault("KESU_BENCH_REQUESTS", "300"));
        for (int concurrent : SESSIONS) {
            int each = Math.max(2, requests / concurrent);
            ExecutorService pool = Executors.newFixedThreadPool(concurrent);
            try {
                CpuShares cpuBefore = CpuShares.now();
                long start = System.nanoTime();
                List<Future<double[]>> runs = new ArrayList<>();
                for (WebClient session : sessions.subList(0, concurrent)) {
                    runs.add(pool.submit(() -> {
                        double[] ms = new double[each];
                        for (int i = 0; i < each; i++) {
                            long sent = System.nanoTime();
                            checked(page, request.send(session));
                            ms[i] = (System.nanoTime() - sent) / 1e6;
                        }
                        return ms;
                    }));
                }
                List<Double> all = new ArrayList<>();
                try {
                    for (Future<double[]> run : runs) {
                        Arrays.stream(run.get()).forEach(all::add);
                    }
                } catch (ExecutionException failed) {
                    // A page that fails under load is a figure too; the other pages are still measured.
                    figures.add(concurrent + " sessions: failed (" + failed.getCause() + ")");
                    continue;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                figures.add(String.format("%d sessions: median %.1f ms, p95 %.1f ms, %.1f req/s%s", concurrent,
                        sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                        sorted.length / seconds, CpuShares.perRequest(cpuBefore, sorted.length)));
            } finally {
                pool.shutdown();
            }
        }
        PagesBench.print("page " + page + ": " + String.join("; ", figures));
    }

    /**
     * KESU_BENCH_WARMUP requests (default 300) from 16 sessions before the page is measured: a server runs for days,
     * and its JIT compiles a page's code only after some thousands of calls; the first requests measure the
     * interpreter.
     */
    private static void warmUp(String page, List<WebClient> sessions, Request request) throws Exception {
        int requests = warmUpRequests();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                WebClient session = sessions.get(i % 16);
                sent.add(pool.submit(() -> {
                    checked(page, request.send(session));
                    return null;
                }));
            }
            for (Future<?> one : sent) {
                one.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static int warmUpRequests() {
        return Integer.parseInt(System.getenv().getOrDefault("KESU_BENCH_WARMUP", "300"));
    }

    private static void checked(String page, HttpResponse<?> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(page + " answered " + response.statusCode());
        }
    }
}
