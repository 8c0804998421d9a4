package cn.kesu.support;

import cn.kesu.business.user.NewUser;
import cn.kesu.business.user.UserAdministration;
import cn.kesu.infrastructure.demo.AsAdmin;
import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test deployment only, for HTTP and browser tests of the sign-in:
 * <ul>
 *   <li>{@code POST /test/security/user?role=qa[&mustChange=true]}: a user of the test's own, made by the
 *       administrator's real bean, with the password {@link #PASSWORD}; answers the user name. Unless
 *       {@code mustChange}, the first-sign-in change is already done so the test can sign in at once.</li>
 *   <li>{@code POST /test/security/directory-user?role=qa}: a person of the test's company directory
 *       ({@link TestDirectory}) with the password {@link #DIRECTORY_PASSWORD}, and their directory account here;
 *       answers the user name. {@code /directory-person}: only the person of the directory.</li>
 *   <li>{@code POST /test/security/lockout?failures=5&minutes=15}: the lockout settings for the test that
 *       needs them; without parameters the test server's own ({@link TestServerSettings}).</li>
 *   <li>{@code POST /test/security/disable?user=…}, {@code /roles?user=…&role=…}: the administrator's
 *       real actions on that user.</li>
 *   <li>{@code POST /test/security/unlock?user=…}: the administrator unlocks that user name and the
 *       address of this request, so a lockout test leaves the test client able to sign in.</li>
 * </ul>
 */
@WebServlet("/test/security/*")
public class SecurityFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PASSWORD = "Fixture-Password-2026";
    /** The company directory's password of the directory accounts made here. */
    public static final String DIRECTORY_PASSWORD = "Directory-Fixture-2026";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @EJB
    transient UserAdministration administration;

    @EJB
    transient AsAdmin asAdmin;

    @Inject
    transient TestServerSettings settings;

    @Inject
    transient ChangedPasswords changedPasswords;

    @Inject
    transient TestDirectory directory;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        String answer;
        try {
            answer = switch (action) {
                case "/user" -> user(Role.valueOf(request.getParameter("role").toUpperCase().replace('-', '_')),
                        "true".equals(request.getParameter("mustChange")));
                case "/directory-user" -> directoryUser(Role.valueOf(request.getParameter("role").toUpperCase()
                        .replace('-', '_')));
                case "/directory-person" -> directoryPerson();
                case "/lockout" -> lockout(request.getParameter("failures"), request.getParameter("minutes"));
                case "/unlock" -> unlock(request.getParameter("user"), request.getRemoteAddr());
                case "/disable" -> administer(request.getParameter("user"), null);
                case "/roles" -> administer(request.getParameter("user"),
                        Role.valueOf(request.getParameter("role").toUpperCase().replace('-', '_')));
                default -> null;
            };
        } catch (Exception e) {
            throw new ServletException(e);
        }
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "user, lockout or unlock");
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }

    private String user(Role role, boolean mustChange) throws Exception {
        String name = "sec-" + System.currentTimeMillis() % 1_000_000 + "-" + SERIAL.incrementAndGet();
        AppUser user = asAdmin.call(() -> administration.createUser(new NewUser(name, "安全测试员", Department.QA,
                Set.of(role), null, PASSWORD)));
        if (!mustChange) {
            changedPasswords.changedByUser(user.getId());
        }
        return name;
    }

    /** A person of the test directory only, for a test that makes the account here itself. */
    private String directoryPerson() {
        String name = "dirp-" + System.currentTimeMillis() % 1_000_000 + "-" + SERIAL.incrementAndGet();
        directory.started().person(name, "目录人员", DIRECTORY_PASSWORD);
        return name;
    }

    /** A person of the test directory and their directory account (目录账号) here, with {@code role}. */
    private String directoryUser(Role role) throws Exception {
        String name = "dir-" + System.currentTimeMillis() % 1_000_000 + "-" + SERIAL.incrementAndGet();
        directory.started().person(name, "目录测试员", DIRECTORY_PASSWORD);
        asAdmin.call(() -> administration.createUser(new NewUser(name, "目录测试员", role.homeDepartment(), Set.of(role),
                null, null, true)));
        return name;
    }

    private String lockout(String failures, String minutes) {
        if (failures == null) {
            settings.lockout(TestServerSettings.FAILURES, TestServerSettings.MINUTES);
        } else {
            settings.lockout(Integer.parseInt(failures), Integer.parseInt(minutes));
        }
        return "ok";
    }

    private String unlock(String user, String address) throws Exception {
        asAdmin.call(() -> {
            if (user != null) {
                administration.unlockUser(user);
            }
            administration.unlockAddress(address);
            return null;
        });
        return "ok";
    }

    /** The administrator disables the user ({@code role} null) or gives them {@code role} instead of theirs. */
    private String administer(String username, Role role) throws Exception {
        Long id = changedPasswords.idOf(username);
        asAdmin.call(() -> role == null ? administration.disable(id) : administration.assignRoles(id, Set.of(role)));
        return "ok";
    }

    /** Marks a fixture user's password as their own, as their first sign-in would after changing it. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class ChangedPasswords {

        @PersistenceContext
        EntityManager em;

        public Long idOf(String username) {
            return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username)
                    .getSingleResult().getId();
        }

        @Transactional
        public void changedByUser(Long userId) {
            AppUser user = em.find(AppUser.class, userId);
            user.changePassword(user.getPasswordHash(), java.time.Instant.now());
        }
    }
}
