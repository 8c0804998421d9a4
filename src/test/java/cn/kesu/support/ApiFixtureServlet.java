package cn.kesu.support;

import cn.kesu.business.api.clients.ApiClients;
import cn.kesu.business.api.clients.IssuedSecret;
import cn.kesu.business.api.clients.NewApiClient;
import cn.kesu.model.api.ApiCall;
import cn.kesu.model.api.ApiClient;
import cn.kesu.model.api.ApiScope;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Test deployment only, for the REST API's client tests:
 * <ul>
 *   <li>{@code POST /test/api/client?scopes=INTAKE,READ&rate=600}: an API client of the test's own, made by the
 *       administrator's real bean; answers its key and token on two lines.</li>
 *   <li>{@code POST /test/api/disable?key=…}: the administrator disables it.</li>
 *   <li>{@code POST /test/api/catalogs}: a customer and an abnormality type of the test's own; answers their codes.</li>
 *   <li>{@code GET /test/api/calls?key=…}: the logged calls of that client, one "METHOD path status" a line.</li>
 * </ul>
 */
@WebServlet("/test/api/*")
public class ApiFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Inject
    transient CaseFixture fixture;

    @Inject
    transient ApiClients clients;

    @PersistenceContext
    transient EntityManager em;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        String answer;
        try {
            answer = switch (action) {
                case "/client" -> client(request.getParameter("scopes"), Integer.parseInt(request.getParameter("rate")));
                case "/disable" -> disable(request.getParameter("key"));
                case "/catalogs" -> {
                    fixture.withCatalogs();
                    yield fixture.domestic.getCode() + "\n" + fixture.abnormality.getCode();
                }
                default -> null;
            };
        } catch (Exception e) {
            throw new ServletException(e);
        }
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(answer);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/calls".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String calls = em.createQuery("select c from ApiCall c where c.clientKey = :key order by c.id", ApiCall.class)
                .setParameter("key", request.getParameter("key")).getResultStream()
                .map(c -> c.getMethod() + " " + c.getPath() + " " + c.getStatus()).collect(Collectors.joining("\n"));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(calls);
    }

    private String client(String scopes, int rate) throws Exception {
        Set<ApiScope> chosen = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(",")).map(ApiScope::valueOf).forEach(chosen::add);
        String key = "t" + System.currentTimeMillis() % 1_000_000 + "-" + SERIAL.incrementAndGet();
        IssuedSecret issued = fixture.admin.call(() -> clients.create(new NewApiClient(key, "测试客户端 " + key, chosen, rate)));
        return issued.clientKey() + "\n" + issued.token();
    }

    private String disable(String key) throws Exception {
        Long id = em.createNamedQuery(ApiClient.BY_KEY, ApiClient.class).setParameter("key", key).getSingleResult().getId();
        fixture.admin.run(() -> clients.disable(id));
        return key;
    }
}
