package cn.kesu.infrastructure.security;

import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

/**
 * Makes sure somebody can sign in to a new installation: on an empty user table, outside demo mode, it
 * creates the administrator {@code admin} with {@code KESU_ADMIN_PASSWORD}, or a random password written
 * once to the server log. Production code: every real installation starts here.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    Clock clock;

    @PostConstruct
    void createIfNobodyCanSignIn() {
        if (demoMode() || em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() > 0) {
            return;
        }
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

    /** The explicit demo switch ({@code -Dkesu.demo=true} or {@code KESU_DEMO=true}): demo users instead. */
    public static boolean demoMode() {
        return Boolean.getBoolean("kesu.demo") || "true".equalsIgnoreCase(System.getenv("KESU_DEMO"));
    }

    /** Refuses, with {@code refusal} as the message, something meant for the demo on a server without the switch. */
    public static void requireDemoMode(String refusal) {
        if (!demoMode()) {
            throw new IllegalStateException(refusal);
        }
    }
}
