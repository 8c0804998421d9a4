package cn.kesu.bench;

import cn.kesu.business.statistics.StatisticsDesk;
import cn.kesu.infrastructure.demo.AsGmOffice;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.Role;
import cn.kesu.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a user waits for: the screens as signed-in HTTP requests (the same pages a browser asks for), at 1, 16 and
 * 64 sessions at once, with KESU_BENCH_CASES cases of the profile KESU_BENCH_PROFILE (BenchData) in PostgreSQL.
 * Prints median, p95 and requests per second of each page, and beside it the physical limit: the best raw SQL for
 * the same rows, with the index the page should have, timed in the server. Run with
 * {@code mvn verify -Pbench,postgresql -Dit.test=PagesBench | grep BENCH}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesBench {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String ROW = "select c.id, c.number, cu.code, cu.name, c.part_no, c.current_step,"
            + " c.holder_department, c.awaiting_countersign, c.severity, c.defect_quantity, c.created_at,"
            + " c.accepted_at, c.step_due_at, c.case_due_at, c.closed_at, c.version"
            + " from complaint c join customer cu on cu.id = c.customer_id";
    /** The most rows a list counts: beyond it the screen shows "1,000+". */
    private static final int COUNTED = 1000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    /** The heap in use before any session signed in (server side). */
    private static long heapBefore;

    @Resource(lookup = "java:jboss/datasources/KesuDS")
    DataSource dataSource;

    @EJB
    StatisticsDesk desk;

    @EJB
    AsGmOffice gmOffice;

    /** In the server: the data, then the physical limits. */
    @Test
    @Order(1)
    void rawSqlLimits() throws Exception {
        long seeding = System.nanoTime();
        long cases = BenchData.ensure(dataSource, BenchData.casesWanted());
        print(String.format("pages: %d cases, profile %s (seeded or found in %.1f s)", cases,
                BenchData.realistic() ? "realistic" : "stress", (System.nanoTime() - seeding) / 1e9));
        print("pages: " + confirmPastMonths());
        for (Role role : List.of(Role.QA, Role.GM_OFFICE)) {
            String mine = work(role);
            print(limit("待办案件 " + role.roleName(), Measure.of(20, 50, () -> list(mine, "c.step_due_at asc, c.id desc"))));
        }
        print(limit("登记追踪表 gm-office", Measure.of(20, 50, () -> list("c.number is not null", "c.number asc, c.id desc"))));
        long caseId = anOpenCase();
        print(limit("case page", Measure.of(20, 50, () -> onePage(caseId))));
        YearMonth month = YearMonth.now(ZONE).minusMonths(1);
        print(limit("客诉统计 " + month, Measure.of(2, 10, () -> StatisticsBench.rawMonth(dataSource, month, ZONE))));
        Year year = Year.now(ZONE);
        print(limit("年报表 " + year, Measure.of(2, 10, () -> StatisticsBench.rawYear(dataSource, year, ZONE))));
        heapBefore = usedAfterCollection();
    }

    /** Over HTTP: 128 sessions sign in (PageLoad, which the server never loads). */
    @Test
    @Order(2)
    @RunAsClient
    void signIn(@ArquillianResource URL base) throws Exception {
        PageLoad.signIn(base);
    }

    /** In the server: the heap the signed-in sessions hold. */
    @Test
    @Order(3)
    void heapOfSignedInSessions() throws Exception {
        weigh("signed in, no page yet");
    }

    /**
     * Over HTTP: each page's warm-up (KESU_BENCH_WARMUP requests from 16 sessions, then rounds from one session until
     * the server's JIT compiler is quiet).
     */
    @Test
    @Order(4)
    @RunAsClient
    void warmUp() throws Exception {
        PageLoad.warmUpEveryPage();
    }

    /** Over HTTP: each page at 1, 16 and 64 signed-in sessions at once. */
    @Test
    @Order(6)
    @RunAsClient
    void pageTimes() throws Exception {
        PageLoad.measureEveryPage();
    }

    /** In the server: the heap the sessions hold once each has opened every screen (with their views' state). */
    @Test
    @Order(7)
    void heapOfSessionsWithViews() throws Exception {
        weigh("after every screen");
    }

    /**
     * The heap in use after a full collection, against the heap before any session (the end of the first step), per
     * active session of the application: what a signed-in user costs the server.
     */
    private static void weigh(String when) throws Exception {
        long used = usedAfterCollection();
        long sessions = activeSessions();
        print(String.format("heap %s: %d sessions, %.1f MiB in use, %.1f MiB more than before sign-in,"
                        + " %.1f KiB per session", when, sessions, used / 1048576.0, (used - heapBefore) / 1048576.0,
                sessions == 0 ? 0 : (used - heapBefore) / 1024.0 / sessions));
    }

    private static long usedAfterCollection() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The application's active HTTP sessions, from the server's management beans. */
    private static long activeSessions() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        for (ObjectName name : server.queryNames(new ObjectName("jboss.as:deployment=*,subsystem=undertow"), null)) {
            return ((Number) server.getAttribute(name, "activeSessions")).longValue();
        }
        return 0;
    }

    /**
     * The 客诉案件统计表 snapshots of last year and of this year's past months, generated and confirmed where they are
     * not yet, except last month's: as in the first days of a month, the timer generated it and the GM office has not
     * confirmed it yet, so 客诉统计 and the yearly report read it from its nightly rollup. Then the rollups, as the
     * timer makes them every night.
     */
    private String confirmPastMonths() throws Exception {
        int confirmed = 0;
        YearMonth lastMonth = YearMonth.now(ZONE).minusMonths(1);
        for (YearMonth month = Year.now(ZONE).minusYears(1).atMonth(1); !month.isAfter(lastMonth);
             month = month.plusMonths(1)) {
            YearMonth past = month;
            if (gmOffice.call(() -> desk.snapshot(past)) == null) {
                gmOffice.call(() -> desk.generate(past));
                if (past.isBefore(lastMonth)) {
                    gmOffice.run(() -> desk.confirm(past));
                    confirmed++;
                }
            }
        }
        long rollingUp = System.nanoTime();
        List<YearMonth> rolledUp = desk.refreshRollups();
        return String.format("%d past months confirmed, as the GM office does each month; %s not yet; %s rolled up"
                + " in %.1f s, as the timer does every night", confirmed, lastMonth, rolledUp,
                (System.nanoTime() - rollingUp) / 1e9);
    }

    /** The caller's work as the work list selects it: steps the role works, or countersigns. */
    private static String work(Role role) {
        String countersigned = Arrays.stream(Step.values()).filter(s -> s.countersigner() == role)
                .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        return "((c.awaiting_countersign = false and c.holder_role = '" + role.roleName() + "')"
                + (countersigned.isEmpty() ? "" : " or (c.awaiting_countersign = true and c.current_step in ("
                + countersigned + "))") + ")";
    }

    /** One page of 20 rows and the rows' count up to 1,001, as a list needs at best. */
    private int list(String where, String order) throws Exception {
        int rows = 0;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement count = c.prepareStatement(
                    "select count(*) from (select 1 from complaint c where " + where + " limit " + (COUNTED + 1) + ") x");
                 ResultSet rs = count.executeQuery()) {
                rs.next();
                rows += rs.getInt(1) > 0 ? 1 : 0;
            }
            try (PreparedStatement page = c.prepareStatement(ROW + " where " + where + " order by " + order + " limit 20");
                 ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
        }
        return rows;
    }

    /** What the case page shows of the database: the case, its steps, its signatures. */
    private int onePage(long caseId) throws Exception {
        int rows = 0;
        try (Connection c = dataSource.getConnection()) {
            for (String sql : List.of(ROW + " where c.id = ?", "select * from step_record where complaint_id = ?",
                    "select * from signature where complaint_id = ?")) {
                try (PreparedStatement query = c.prepareStatement(sql)) {
                    query.setLong(1, caseId);
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    private long anOpenCase() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("select min(id) from complaint where holder_role = 'qa'");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String limit(String page, Measure raw) {
        return String.format("limit %s: best raw SQL median %.2f ms, p95 %.2f ms", page, raw.median(), raw.p95());
    }

    static void print(String line) {
        System.out.println("BENCH " + line);
    }
}
