package cn.kesu.bench;

import cn.kesu.infrastructure.demo.AsGmOffice;
import cn.kesu.business.statistics.Period;
import cn.kesu.business.statistics.StatisticsDesk;
import cn.kesu.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
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
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;

/**
 * The 客诉案件统计表 of one month within 1,000,000 closed cases (KESU_BENCH_CLOSED_CASES) spread over
 * the twelve months before this one on PostgreSQL, each with a responsibility split, an abnormality
 * type and its QA step: the application's figures of a month, and of a year, against the same
 * aggregations as raw SQL.
 * Run with {@code mvn verify -Pbench,postgresql | grep BENCH}.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsBench {

    private static final Logger LOG = Logger.getLogger(StatisticsBench.class.getName());
    private static final String IN_MONTH = " c.closed_at >= ? and c.closed_at < ?";
    private static final List<String> RAW = List.of(
            "select count(*), coalesce(sum(case when c.qa_established then 1 else 0 end), 0),"
                    + " coalesce(sum(c.defect_quantity), 0), coalesce(sum(c.cons_claim_amount), 0),"
                    + " coalesce(sum(c.loss_amount), 0) from complaint c where" + IN_MONTH,
            "select p.code, p.name, sum(r.share_percent) from responsibility r join catalog_entry p on p.id = r.party_id"
                    + " join complaint c on c.id = r.complaint_id where" + IN_MONTH
                    + " group by p.code, p.name order by sum(r.share_percent) desc, p.code",
            "select c.category, count(*) from complaint c where" + IN_MONTH + " group by c.category order by count(*) desc",
            "select cu.code, cu.name, count(*) from complaint c join customer cu on cu.id = c.customer_id where" + IN_MONTH
                    + " group by cu.code, cu.name order by count(*) desc, cu.code",
            "select c.part_no, count(*) from complaint c where" + IN_MONTH + " group by c.part_no order by count(*) desc, c.part_no",
            "select a.code, a.name, count(*) from complaint c join catalog_entry a on a.id = c.abnormality_type_id where"
                    + IN_MONTH + " group by a.code, a.name order by count(*) desc, a.code",
            "select s.holder_department, count(*), sum(case when s.finished_at <= s.due_at then 1 else 0 end)"
                    + " from step_record s join complaint c on c.id = s.complaint_id where" + IN_MONTH
                    + " and s.due_at is not null and s.finished_at is not null group by s.holder_department",
            "select r.holder_department, count(*) from reminder r where r.issued_at >= ? and r.issued_at < ?"
                    + " group by r.holder_department",
            "select i.holder_department, count(*) from investigation i where i.opened_at >= ? and i.opened_at < ?"
                    + " group by i.holder_department");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Resource(lookup = "java:jboss/datasources/KesuDS")
    DataSource dataSource;

    @EJB
    StatisticsDesk desk;

    @EJB
    AsGmOffice gmOffice;

    @Test
    void monthlyStatisticsTimes() throws Exception {
        int closed = Integer.parseInt(System.getenv().getOrDefault("KESU_BENCH_CLOSED_CASES", "1000000"));
        long seeding = System.nanoTime();
        ensure(closed);
        print(String.format("seeded %d closed cases over 12 months in %.1f s", closed, (System.nanoTime() - seeding) / 1e9));
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        YearMonth month = YearMonth.now(zone).minusMonths(6);
        long inMonth = gmOffice.call(() -> desk.live(month)).getTotals().getCases();
        print("cases closed in " + month + ": " + inMonth);
        // Each side runs the current and the two comparison months' totals, as the report does.
        print(Measure.line("monthly statistics (all figures of one month)",
                Measure.of(2, 10, () -> gmOffice.call(() -> desk.live(month))),
                Measure.of(2, 10, () -> rawMonth(dataSource, month, zone))));
    }

    /** 客户投诉处理年报表 of the year holding most of the cases: twelve monthly totals, the year before, the breakdowns. */
    @Test
    void yearlyStatisticsTimes() throws Exception {
        int closed = Integer.parseInt(System.getenv().getOrDefault("KESU_BENCH_CLOSED_CASES", "1000000"));
        ensure(closed);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Year year = Year.from(YearMonth.now(zone).minusMonths(6));
        print("cases closed in " + year + ": " + gmOffice.call(() -> desk.year(year)).getTotals().getCases());
        print(Measure.line("yearly statistics (all figures of one year)",
                Measure.of(2, 10, () -> gmOffice.call(() -> desk.year(year))),
                Measure.of(2, 10, () -> rawYear(dataSource, year, zone))));
    }

    /** The yearly report's aggregations as raw SQL: twelve months' totals, the year before, the breakdowns. */
    static int rawYear(DataSource dataSource, Year year, ZoneId zone) throws SQLException {
        int rows = 0;
        try (Connection c = dataSource.getConnection()) {
            for (int m = 1; m <= 12; m++) {
                rows += run(c, RAW.get(0), Period.of(year.atMonth(m), zone));
            }
            rows += run(c, RAW.get(0), Period.of(year.minusYears(1), zone));
            for (String sql : RAW.subList(1, RAW.size())) {
                rows += run(c, sql, Period.of(year, zone));
            }
        }
        return rows;
    }

    /** The monthly statistics' aggregations as raw SQL, with the two comparison months' totals. */
    static int rawMonth(DataSource dataSource, YearMonth month, ZoneId zone) throws SQLException {
        int rows = 0;
        try (Connection c = dataSource.getConnection()) {
            for (YearMonth totals : List.of(month.minusMonths(1), month.minusYears(1))) {
                rows += run(c, RAW.get(0), Period.of(totals, zone));
            }
            for (String sql : RAW) {
                rows += run(c, sql, Period.of(month, zone));
            }
        }
        return rows;
    }

    private static int run(Connection c, String sql, Period period) throws SQLException {
        int rows = 0;
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setTimestamp(1, Timestamp.from(period.from()));
            query.setTimestamp(2, Timestamp.from(period.to()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
        }
        return rows;
    }

    /** Cases M000000001…, closed 1 to 365 days ago, with a 70/30 split, one of 20 types and a QA step. */
    private void ensure(int cases) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from complaint where number like 'M%'")) {
                rs.next();
                if (rs.getLong(1) >= cases) {
                    return;
                }
            }
            s.execute("insert into customer (code, name, foreign_customer, active, version)"
                    + " select 'MC' || g, '统计压测客户' || g, g % 4 = 0, true, 0 from generate_series(1, 50) g"
                    + " on conflict (code) do nothing");
            s.execute("insert into catalog_entry (kind, code, name, active, version)"
                    + " select 'ABNORMALITY_TYPE', 'MA' || g, '压测异常' || g, true, 0 from generate_series(1, 20) g"
                    + " on conflict (kind, code) do nothing");
            s.execute("insert into catalog_entry (kind, code, name, active, version)"
                    + " select 'RESPONSIBLE_DEPARTMENT', 'MD' || g, '压测责任单位' || g, true, 0 from generate_series(1, 8) g"
                    + " on conflict (kind, code) do nothing");
            s.execute("insert into complaint (number, customer_id, abnormality_type_id, channel, received_at, part_no,"
                    + " customer_requests, quantities_pending, description, sample_received, category, severity,"
                    + " current_step, awaiting_countersign, case_due_at, created_by, created_at, accepted_at, closed_at,"
                    + " quantity_shipped, defect_quantity, qa_established, cons_claim_amount, loss_amount, version)"
                    + " select 'M' || lpad(g::text, 9, '0'), (select min(id) from customer where code like 'MC%') + g % 50,"
                    + " (select min(id) from catalog_entry where code like 'MA%') + (g::bigint * g) % 20,"
                    + " 'PHONE', now() - (g % 365 + 10) * interval '1 day', 'PART-' || (g % 500), 'RETURN', false,"
                    + " '统计压测 ' || g, false, case when g % 5 = 0 then 'NON_QUALITY' else 'QUALITY' end, 'GENERAL',"
                    + " case when g % 10 = 0 then 'INVALID' else 'CLOSED' end, false,"
                    + " now() - (g % 365 + 1) * interval '1 day' + interval '5 days', 'business',"
                    + " now() - (g % 365 + 10) * interval '1 day', now() - (g % 365 + 9) * interval '1 day',"
                    + " now() - (g % 365 + 1) * interval '1 day', 1000, 10 + g % 90, g % 10 <> 0,"
                    + " (g % 100) * 100, (g % 100) * 120, 0 from generate_series(1, " + cases + ") g");
            s.execute("insert into responsibility (complaint_id, party_id, share_percent)"
                    + " select c.id, (select min(id) from catalog_entry where code like 'MD%') + c.id % 8, 70"
                    + " from complaint c where c.number like 'M%' and c.qa_established");
            s.execute("insert into responsibility (complaint_id, party_id, share_percent)"
                    + " select c.id, (select min(id) from catalog_entry where code like 'MD%') + (c.id + 3) % 8, 30"
                    + " from complaint c where c.number like 'M%' and c.qa_established");
            s.execute("insert into step_record (complaint_id, step, holder_department, holder_role, entered_at, due_at,"
                    + " finished_at, outcome) select c.id, 'QA_INVESTIGATION', 'QA', 'qa', c.accepted_at,"
                    + " c.accepted_at + interval '3 days', c.accepted_at + (c.id % 5) * interval '1 day', 'COMPLETED'"
                    + " from complaint c where c.number like 'M%'");
            s.execute("analyze complaint");
            s.execute("analyze responsibility");
            s.execute("analyze step_record");
        }
    }

    private static void print(String line) {
        LOG.info(line);
        System.out.println("BENCH " + line);
    }
}
