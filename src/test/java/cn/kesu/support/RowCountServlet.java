package cn.kesu.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Test deployment only: {@code GET /test/counts} answers the row counts of the tables a form or an upload
 * could write, one {@code table=count} per line, so a test can show that refused input stored nothing;
 * {@code ?first=table} answers the smallest id of one of them.
 */
@WebServlet("/test/counts")
public class RowCountServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What the screens write. Security events and audit revisions are left out: a refused sign-in is counted by design. */
    static final List<String> TABLES = List.of("complaint", "step_record", "signature", "attachment", "customer",
            "catalog_entry", "app_user", "user_role", "app_setting", "calendar_day", "reminder", "investigation",
            "objection", "allowance_note", "return_note", "supplier_claim", "penalty_notice", "statistics_snapshot",
            "clock_pause", "slip_download", "customer_contact", "customer_promise", "eight_d", "improvement_action",
            "verification_lot", "part");

    @PersistenceContext
    transient EntityManager em;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        String first = request.getParameter("first");
        if (first != null) {
            // ?first=table: the smallest id of one of the tables above, or nothing when it is empty.
            if (!TABLES.contains(first)) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            Object id = em.createNativeQuery("select min(id) from " + first).getSingleResult();
            response.getWriter().write(id == null ? "" : id.toString());
            return;
        }
        // One statement for all the counts: the hostile input test asks after each of its thousand requests.
        Object[] counts = (Object[]) em.createNativeQuery("select " + TABLES.stream()
                .map(table -> "(select count(*) from " + table + ")").collect(Collectors.joining(", "))).getSingleResult();
        response.getWriter().write(java.util.stream.IntStream.range(0, TABLES.size())
                .mapToObj(i -> TABLES.get(i) + "=" + counts[i]).collect(Collectors.joining("\n")));
    }
}
