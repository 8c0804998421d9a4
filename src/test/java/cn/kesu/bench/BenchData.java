package cn.kesu.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills PostgreSQL with N cases in a few set-based statements (not one service call per row): 50
 * customers, cases spread over 400 days and every step. Two profiles (KESU_BENCH_PROFILE): stress, the
 * default, with six of seven cases open; realistic, with one case in a hundred open. Bench cases are
 * numbered B000000001… so they never meet real YYMM numbers. Runs once per database: a database holds
 * one profile.
 */
final class BenchData {

    private BenchData() {
    }

    static int casesWanted() {
        return Integer.parseInt(System.getenv().getOrDefault("KESU_BENCH_CASES", "100000"));
    }

    /** stress (6/7 of the cases open) or realistic (1 % open). */
    static boolean realistic() {
        String profile = System.getenv().getOrDefault("KESU_BENCH_PROFILE", "stress");
        if (!profile.equals("stress") && !profile.equals("realistic")) {
            throw new IllegalArgumentException("KESU_BENCH_PROFILE: stress or realistic, not " + profile);
        }
        return profile.equals("realistic");
    }

    static long ensure(DataSource dataSource, int cases) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long existing = count(s, "select count(*) from complaint where number like 'B%'");
            if (existing > 0) {
                long open = count(s, "select count(*) from complaint where number like 'B%' and closed_at is null");
                if ((open * 10 < existing) != realistic()) {
                    throw new IllegalStateException("the database holds the other profile's bench cases ("
                            + open + " of " + existing + " open): use a database per profile");
                }
                if (count(s, "select count(*) from complaint where number like 'B%' and closed_at > now()") > 0) {
                    throw new IllegalStateException("the database holds bench cases closed in the future, as an"
                            + " earlier generator made them: drop it and let the benchmark seed it again");
                }
            }
            if (existing >= cases) {
                vacuum(c, s);
                return existing;
            }
            s.execute("insert into customer (code, name, foreign_customer, active, version)"
                    + " select 'BC' || g, '压测客户' || g, g % 5 = 0, true, 0 from generate_series(1, 50) g"
                    + " on conflict (code) do nothing");
            s.execute("insert into complaint (number, customer_id, channel, received_at, part_no, customer_requests,"
                    + " quantities_pending, description, sample_received, category, severity, current_step,"
                    + " holder_department, holder_role, awaiting_countersign, step_due_at, case_due_at, created_by,"
                    + " created_at, accepted_at, closed_at, quantity_shipped, defect_quantity, version)"
                    + " select 'B' || lpad(g::text, 9, '0'),"
                    + " (select min(id) from customer where code like 'BC%') + g % 50,"
                    + " 'PHONE', now() - (g % 400) * interval '1 day', 'PART-' || (g % 2000), 'RETURN', false,"
                    + " '压测案件 ' || g, false, 'QUALITY', case when g % 97 = 0 then 'MAJOR' else 'GENERAL' end,"
                    + " st.step, st.dept, st.role, g % 11 = 0 and st.step in ('QA_INVESTIGATION', 'PRODUCTION_ANALYSIS'),"
                    + " case when st.step = 'CLOSED' then null else now() - (g % 400) * interval '1 day' + interval '3 days' end,"
                    + " now() - (g % 400) * interval '1 day' + interval '15 days', 'business',"
                    + " now() - (g % 400) * interval '1 day', now() - (g % 400) * interval '1 day' + interval '1 hour',"
                    // Closed twelve days after receipt, or, received less than 24 days ago, halfway to now: never in
                    // the future, which the yearly report would count live as today's closings (30,000 of them).
                    + " case when st.step = 'CLOSED' then now() - (g % 400) * interval '1 day'"
                    + " + least(12, (g % 400) / 2.0) * interval '1 day' end,"
                    + " 1000, 10 + g % 90, 0"
                    + " from generate_series(" + (existing + 1) + ", " + cases + ") g"
                    + " join (values (0, 'SUBMITTED', 'GM_OFFICE', 'gm-office'), (1, 'QA_INVESTIGATION', 'QA', 'qa'),"
                    + " (2, 'PRODUCTION_ANALYSIS', 'PRODUCTION', 'production'), (3, 'GM_CHECK', 'GM_OFFICE', 'gm-office'),"
                    + " (4, 'BUSINESS_HANDLING', 'BUSINESS', 'business'), (5, 'GM_CONSOLIDATION', 'GM_OFFICE', 'gm-office'),"
                    + " (6, 'CLOSED', null, null)) as st(k, step, dept, role) on st.k = "
                    + (realistic() ? "case when g % 100 = 0 then (g / 100) % 6 else 6 end" : "g % 7"));
            // Analyzed first: the foreign-key check of each step record is planned from the table's statistics, and
            // with those of the few demo cases it scans the million for each row (minutes instead of seconds).
            s.execute("analyze complaint");
            // Each open case's current step, as the workflow records it: the case page shows it.
            s.execute("insert into step_record (complaint_id, step, holder_department, holder_role, entered_at, due_at)"
                    + " select c.id, c.current_step, c.holder_department, c.holder_role, c.accepted_at, c.step_due_at"
                    + " from complaint c where c.number > 'B" + String.format("%09d", existing) + "' and c.number like 'B%'"
                    + " and c.closed_at is null");
            vacuum(c, s);
            return count(s, "select count(*) from complaint where number like 'B%'");
        }
    }

    /**
     * What autovacuum does to a production database some minutes after a million inserts (it is off on these
     * machines): statistics for the planner, and the visibility map, without which a count read from an index alone
     * visits the table for every row it counts. Quick when nothing changed since the last time.
     */
    private static void vacuum(Connection c, Statement s) throws SQLException {
        if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            s.execute("vacuum analyze complaint");
            s.execute("vacuum analyze step_record");
            s.execute("vacuum analyze customer");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
