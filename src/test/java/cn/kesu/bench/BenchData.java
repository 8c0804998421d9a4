package cn.kesu.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills PostgreSQL with N realistic cases in a few set-based statements (not one service call per
 * row): 50 customers, cases spread over 400 days and every step, a seventh of them closed. Bench
 * cases are numbered B000000001… so they never meet real YYMM numbers. Runs once per database.
 */
final class BenchData {

    private BenchData() {
    }

    static int casesWanted() {
        return Integer.parseInt(System.getenv().getOrDefault("KESU_BENCH_CASES", "100000"));
    }

    static long ensure(DataSource dataSource, int cases) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long existing = count(s, "select count(*) from complaint where number like 'B%'");
            if (existing >= cases) {
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
                    + " case when st.step = 'CLOSED' then now() - (g % 400) * interval '1 day' + interval '12 days' end,"
                    + " 1000, 10 + g % 90, 0"
                    + " from generate_series(" + (existing + 1) + ", " + cases + ") g"
                    + " join (values (0, 'SUBMITTED', 'GM_OFFICE', 'gm-office'), (1, 'QA_INVESTIGATION', 'QA', 'qa'),"
                    + " (2, 'PRODUCTION_ANALYSIS', 'PRODUCTION', 'production'), (3, 'GM_CHECK', 'GM_OFFICE', 'gm-office'),"
                    + " (4, 'BUSINESS_HANDLING', 'BUSINESS', 'business'), (5, 'GM_CONSOLIDATION', 'GM_OFFICE', 'gm-office'),"
                    + " (6, 'CLOSED', null, null)) as st(k, step, dept, role) on st.k = g % 7");
            s.execute("analyze complaint");
            s.execute("analyze customer");
            return count(s, "select count(*) from complaint where number like 'B%'");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
