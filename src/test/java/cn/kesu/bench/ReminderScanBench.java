package cn.kesu.bench;

import cn.kesu.business.calendar.WorkingCalendar;
import cn.kesu.business.deadline.ReminderScan;
import cn.kesu.support.Deployments;
import cn.kesu.support.MovableClock;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * The reminder scan on PostgreSQL with 1,000,000 open steps of which 10,000 are overdue (override with
 * KESU_BENCH_OPEN_STEPS / KESU_BENCH_OVERDUE_STEPS): on three working days in turn, a full scan with its
 * reminders and a second scan (which finds them issued); then the scan's query against the same query as raw SQL.
 * Run with {@code mvn verify -Pbench,postgresql | grep BENCH}.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderScanBench {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The working days scanned one after another. */
    private static final int SCAN_DAYS = 3;
    private static final Logger LOG = Logger.getLogger(ReminderScanBench.class.getName());
    private static final String RAW = "select s.complaint_id, s.id, s.step, s.holder_department, s.due_at,"
            + " (select count(*) from reminder r where r.step_record_id = s.id),"
            + " (select count(*) from reminder r where r.step_record_id = s.id and r.answered_at is null"
            + "   and r.id > coalesce((select max(a.id) from reminder a where a.step_record_id = s.id"
            + "   and a.answered_at is not null), 0))"
            + " from step_record s where s.finished_at is null and s.due_at < ? and s.paused_since is null";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Resource(lookup = "java:jboss/datasources/KesuDS")
    DataSource dataSource;

    @EJB
    ReminderScan scan;

    @Inject
    WorkingCalendar calendar;

    @Inject
    MovableClock clock;

    @Test
    void scanTimes() throws Exception {
        int open = Integer.parseInt(System.getenv().getOrDefault("KESU_BENCH_OPEN_STEPS", "1000000"));
        int overdue = Integer.parseInt(System.getenv().getOrDefault("KESU_BENCH_OVERDUE_STEPS", "10000"));
        long seeding = System.nanoTime();
        ensure(open, overdue);
        print(String.format("seeded %d open steps, %d overdue, in %.1f s", open, overdue,
                (System.nanoTime() - seeding) / 1e9));
        forgetReminders();
        // The scan issues nothing on a weekend or holiday (ReminderScan), and reported "0 reminders in 3.9 ms" on a
        // Saturday: it scans at 10:00 of SCAN_DAYS working days from today (the seeded steps stay overdue), so each
        // day's scan issues a reminder for each, the later ones with the earlier days' reminders to count.
        LocalDate day = LocalDate.now(ZONE);
        if (!calendar.isWorkingDay(day)) {
            day = calendar.nextWorkingDay(day);
        }
        try {
            for (int i = 1; i <= SCAN_DAYS; i++) {
                clock.set(day.atTime(10, 0).atZone(ZONE));
                scanDay(clock.clock().instant());
                day = calendar.nextWorkingDay(day);
            }
            Instant now = clock.clock().instant();
            print(Measure.line("scan query (overdue steps with reminder counts, after " + SCAN_DAYS + " days)",
                    Measure.of(3, 15, () -> scan.overdueSteps(now).size()),
                    Measure.of(3, 15, () -> raw(now))));
        } finally {
            clock.reset();
        }
    }

    private void scanDay(Instant now) {
        String day = now.atZone(ZONE).toLocalDate().toString();
        print(day + ": overdue open steps found by the scan query: " + scan.overdueSteps(now).size());
        long start = System.nanoTime();
        int issued = scan.issueReminders();
        print(String.format("%s: full scan and reminder issue: %d reminders in %.1f ms", day, issued,
                (System.nanoTime() - start) / 1e6));
        start = System.nanoTime();
        int again = scan.issueReminders();
        print(String.format("%s: second scan the same day: %d reminders in %.1f ms", day, again,
                (System.nanoTime() - start) / 1e6));
    }

    /** The bench cases' reminders of an earlier run, which would leave the scans of the same days nothing to issue. */
    private void forgetReminders() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            int forgotten = s.executeUpdate("delete from reminder where complaint_id in"
                    + " (select id from complaint where number like 'R%')");
            if (forgotten > 0) {
                print("removed the " + forgotten + " reminders of an earlier run");
            }
        }
    }

    /** The scan's query as raw SQL, without PostgreSQL's JIT as the scan runs it (ReminderScan.withoutJit). */
    private int raw(Instant now) throws SQLException {
        int rows = 0;
        try (Connection c = dataSource.getConnection(); Statement jit = c.createStatement();
             PreparedStatement query = c.prepareStatement(RAW)) {
            jit.execute("set jit = off");
            query.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            } finally {
                // The pool keeps the connection: leave it as it came.
                jit.execute("reset jit");
            }
        }
        return rows;
    }

    /** Bench cases numbered R000000001…, one open QA step each; the first {@code overdue} are past due. */
    private void ensure(int open, int overdue) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from complaint where number like 'R%'")) {
                rs.next();
                if (rs.getLong(1) >= open) {
                    return;
                }
            }
            // The seeding's foreign keys are right by construction; checking each of the million step records against
            // its complaint (and locking that row) took over 17 minutes here. As the superuser the bench runs as, the
            // seeding skips the checks; as any other role it checks them and takes longer.
            boolean unchecked = skipForeignKeyChecks(s);
            s.execute("insert into customer (code, name, foreign_customer, active, version)"
                    + " select 'RC' || g, '催办压测客户' || g, false, true, 0 from generate_series(1, 20) g"
                    + " on conflict (code) do nothing");
            s.execute("insert into complaint (number, customer_id, channel, received_at, part_no, customer_requests,"
                    + " quantities_pending, description, sample_received, category, severity, current_step,"
                    + " holder_department, holder_role, awaiting_countersign, step_due_at, case_due_at, created_by,"
                    + " created_at, accepted_at, quantity_shipped, defect_quantity, version)"
                    + " select 'R' || lpad(g::text, 9, '0'), (select min(id) from customer where code like 'RC%') + g % 20,"
                    + " 'PHONE', now() - interval '2 days', 'PART-' || (g % 2000), 'RETURN', false, '催办压测 ' || g,"
                    + " false, 'QUALITY', 'GENERAL', 'QA_INVESTIGATION', 'QA', 'qa', false,"
                    + " case when g <= " + overdue + " then now() - interval '1 day' else now() + interval '30 days' end,"
                    + " now() + interval '30 days', 'business', now() - interval '2 days', now() - interval '2 days',"
                    + " 1000, 10, 0 from generate_series(1, " + open + ") g");
            s.execute("insert into step_record (complaint_id, step, holder_department, holder_role, entered_at, due_at)"
                    + " select c.id, 'QA_INVESTIGATION', 'QA', 'qa', c.accepted_at, c.step_due_at"
                    + " from complaint c where c.number like 'R%'");
            if (unchecked) {
                s.execute("set session_replication_role = origin");
            }
            s.execute("analyze complaint");
            s.execute("analyze step_record");
        }
    }

    private static boolean skipForeignKeyChecks(Statement s) {
        try {
            s.execute("set session_replication_role = replica");
            return true;
        } catch (SQLException notSuperuser) {
            print("seeding with foreign key checks: " + notSuperuser.getMessage());
            return false;
        }
    }

    private static void print(String line) {
        LOG.info(line);
        System.out.println("BENCH " + line);
    }
}
