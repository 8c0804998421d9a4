package cn.kesu.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test deployment only: a group robot of 企业微信 or 钉钉 as far as the notices see it. {@code POST /test/robot/ok}
 * takes a message ({@code errcode} 0), {@code /test/robot/refuse} refuses it as a robot does when a signature does
 * not match ({@code errcode} 310000). Every post is kept for the test to read, with its query (钉钉's signature).
 */
@WebServlet("/test/robot/*")
public class RobotServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What a robot was sent: which one, the query of its address, the JSON body. */
    public record Post(String robot, String query, String body) {
    }

    public static final List<Post> POSTS = new CopyOnWriteArrayList<>();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String robot = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        POSTS.add(new Post(robot, request.getQueryString(),
                new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("ok".equals(robot) ? "{\"errcode\":0,\"errmsg\":\"ok\"}"
                : "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");
    }

    /** The posts whose message mentions this text (a case number), in order. */
    public static List<Post> about(String text) {
        return POSTS.stream().filter(post -> post.body().contains(text)).toList();
    }

    /** The address of one of the robots on the test server. */
    public static String address(String robot, String query) {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://127.0.0.1:" + port + "/kesu/test/robot/" + robot + "?" + query;
    }
}
