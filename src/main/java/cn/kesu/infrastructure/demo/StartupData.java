package cn.kesu.infrastructure.demo;

import cn.kesu.business.deadline.ReminderScan;
import cn.kesu.infrastructure.security.PasswordHashing;
import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Makes sure somebody can log in after deployment. With the demo flag ({@code -Dkesu.demo=true} or
 * {@code KESU_DEMO=true}) it adds the demo users that are missing and, on an empty database, demo
 * catalogs and about 30 cases; otherwise, on an empty user table
 * only, it creates the administrator {@code admin} with {@code KESU_ADMIN_PASSWORD}, or a random
 * password written once to the server log.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class StartupData {

    private static final Logger LOG = Logger.getLogger(StartupData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    Clock clock;

    @Inject
    DemoCases demoCases;

    @EJB
    ReminderScan reminderScan;

    @PostConstruct
    void load() {
        if (demoEnabled()) {
            addMissingDemoUsers();
            if (em.createQuery("select count(c) from Customer c", Long.class).getSingleResult() == 0) {
                demoCases.load();
                // The demo's overdue steps get their 催办单 at once rather than at the timer's next quarter hour.
                em.flush();
                reminderScan.issueReminders();
            }
        } else if (noUserYet()) {
            createFirstAdministrator();
        }
    }

    static boolean demoEnabled() {
        return Boolean.getBoolean("kesu.demo") || "true".equalsIgnoreCase(System.getenv("KESU_DEMO"));
    }

    private void addMissingDemoUsers() {
        String hash = null;
        for (DemoUser demo : DemoUser.ALL) {
            if (exists(demo.username())) {
                continue;
            }
            // One hash for the shared demo password keeps start-up fast; real users each get their own salt.
            if (hash == null) {
                hash = passwordHashing.hash(DemoUser.PASSWORD.toCharArray());
            }
            em.persist(new AppUser(demo.username(), demo.fullName(), demo.department(),
                    demo.username() + "@kesu.local", hash, Set.of(demo.role()), clock.instant()));
        }
    }

    private void createFirstAdministrator() {
        String password = System.getenv("KESU_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            byte[] random = new byte[9];
            new SecureRandom().nextBytes(random);
            password = HexFormat.of().formatHex(random);
            String shown = password;
            LOG.warning(() -> "客诉: first administrator 'admin' created with password " + shown
                    + " — change it after the first login");
        }
        em.persist(new AppUser("admin", "系统管理员", Department.IT, null,
                passwordHashing.hash(password.toCharArray()), List.of(Role.ADMIN), clock.instant()));
    }

    private boolean exists(String username) {
        return !em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", username).getResultList().isEmpty();
    }

    private boolean noUserYet() {
        return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() == 0;
    }
}
