package cn.kesu.bench;

import cn.kesu.business.complaint.query.CaseFilter;
import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.query.CaseSort;
import cn.kesu.infrastructure.demo.AsGmOffice;
import cn.kesu.infrastructure.demo.AsQa;
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
import java.util.logging.Logger;

/**
 * Work list and ledger page times with 100,000 cases in PostgreSQL, next to the same queries as raw
 * SQL (count plus one page, as the screen needs). Prints the figures to the server log and stdout.
 */
@ExtendWith(ArquillianExtension.class)
class CaseListsBench {

    private static final Logger LOG = Logger.getLogger(CaseListsBench.class.getName());
    private static final String COLUMNS = "select c.id, c.number, cu.code, cu.name, c.part_no, c.current_step,"
            + " c.holder_department, c.awaiting_countersign, c.severity, c.defect_quantity, c.created_at,"
            + " c.accepted_at, c.step_due_at, c.case_due_at, c.closed_at, c.version"
            + " from complaint c join customer cu on cu.id = c.customer_id";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Resource(lookup = "java:jboss/datasources/KesuDS")
    DataSource dataSource;

    @EJB
    CaseQueries queries;

    @EJB
    AsQa qa;

    @EJB
    AsGmOffice gmOffice;

    @Test
    void pageTimes() throws Exception {
        long cases = BenchData.ensure(dataSource, BenchData.casesWanted());
        print("cases in database: " + cases);

        print(Measure.line("worklist page (qa, 20 rows, by step due)",
                Measure.of(20, 50, () -> qa.call(() -> queries.worklist(CaseFilter.none(), 0, 20, CaseSort.STEP_DUE, true))),
                Measure.of(20, 50, () -> raw("where c.awaiting_countersign = false and c.holder_role in ('qa')",
                        "order by c.step_due_at asc, c.id desc", 0))));
        print(Measure.line("worklist page 50 (qa, 20 rows, offset 1000)",
                Measure.of(20, 50, () -> qa.call(() -> queries.worklist(CaseFilter.none(), 1000, 20, CaseSort.STEP_DUE, true))),
                Measure.of(20, 50, () -> raw("where c.awaiting_countersign = false and c.holder_role in ('qa')",
                        "order by c.step_due_at asc, c.id desc", 1000))));
        print(Measure.line("ledger page (all cases, 20 rows, by number)",
                Measure.of(20, 50, () -> gmOffice.call(() -> queries.ledger(CaseFilter.none(), 0, 20, CaseSort.NUMBER, true))),
                Measure.of(20, 50, () -> raw("where c.number is not null", "order by c.number asc, c.id desc", 0))));
        CaseFilter partAndOverdue = new CaseFilter(null, null, "PART-17", null, true, null);
        print(Measure.line("ledger page (part prefix + overdue, 20 rows)",
                Measure.of(20, 50, () -> gmOffice.call(() -> queries.ledger(partAndOverdue, 0, 20, CaseSort.NUMBER, true))),
                Measure.of(20, 50, () -> raw("where c.number is not null and c.part_no like 'PART-17%' and c.closed_at is null"
                        + " and (c.step_due_at < now() or c.case_due_at < now())", "order by c.number asc, c.id desc", 0))));
    }

    /** The same count and page the application asks for, as plain JDBC. */
    private int raw(String where, String order, int offset) throws Exception {
        int rows = 0;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement count = c.prepareStatement("select count(*) from complaint c " + where);
                 ResultSet rs = count.executeQuery()) {
                rs.next();
            }
            try (PreparedStatement page = c.prepareStatement(COLUMNS + " " + where + " " + order
                    + " offset " + offset + " rows fetch first 20 rows only");
                 ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
        }
        return rows;
    }

    private static void print(String line) {
        LOG.info(line);
        System.out.println("BENCH " + line);
    }
}
