package cn.kesu.business.deadline;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A probe deployed beside the application: lists the application's persistent timers as the database
 * timer store holds them (id and schedule), whether or not the application is deployed.
 */
@WebServlet("/timers")
public class TimerRowsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/KesuDS")
    transient DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder rows = new StringBuilder();
        // Timers belong to a deployment: its module name starts the timed object's id.
        String module = request.getParameter("module");
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("select id, timeout_method_name, schedule_expr_minute"
                     + " from jboss_ejb_timer where timed_object_id like ? order by timeout_method_name")) {
            select.setString(1, module + ".%DeadlineTimers");
            ResultSet rs = select.executeQuery();
            while (rs.next()) {
                rows.append(rs.getString(1)).append('|').append(rs.getString(2)).append('|').append(rs.getString(3))
                        .append('\n');
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().write(rows.toString());
    }
}
