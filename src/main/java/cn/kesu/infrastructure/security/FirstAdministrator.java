package cn.kesu.infrastructure.security;

import cn.kesu.infrastructure.migration.StartupLock;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Makes sure somebody can sign in to a new installation: on an empty user table, outside demo mode, it
 * creates the administrator {@code admin} with {@code KESU_ADMIN_PASSWORD}, which must pass the password
 * rules, or with a random password written to a file only the server's account can read. The password is
 * never written to the log; the log says where the file is. Either way the first sign-in must choose a new
 * password. Production code: every real installation starts here.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String USERNAME = "admin";
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    Clock clock;

    @Inject
    StartupLock startupLock;

    @PostConstruct
    void createIfNobodyCanSignIn() {
        reportAdministratorsWithCaseRoles();
        if (demoMode()) {
            return;
        }
        // A second node starting at the same moment waits here and then finds the administrator.
        startupLock.untilCommit(em);
        if (em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() > 0) {
            return;
        }
        String password = firstPassword(System.getenv("KESU_ADMIN_PASSWORD"),
                Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"))));
        AppUser admin = new AppUser(USERNAME, "系统管理员", Department.IT, null,
                passwordHashing.hash(password.toCharArray()), List.of(Role.ADMIN), clock.instant());
        admin.requirePasswordChange();
        em.persist(admin);
    }

    /**
     * 职责分离 is enforced when roles are given; accounts that got the administrator role together with a case role
     * before that rule are named at every start, so the administrator takes one of them away.
     */
    private void reportAdministratorsWithCaseRoles() {
        List<String> mixed = em.createQuery("select u.username from AppUser u join u.roles a join u.roles other"
                + " where a = :admin and other <> :admin and u.enabled = true", String.class)
                .setParameter("admin", Role.ADMIN).getResultList();
        if (!mixed.isEmpty()) {
            LOG.severe(() -> "客诉: these enabled accounts hold the administrator role and a case role, which separation of"
                    + " duties forbids; give each only one of them on 用户管理: " + mixed);
        }
    }

    /**
     * The first administrator's password: {@code given} (KESU_ADMIN_PASSWORD) if it passes the password rules,
     * refused with the reason otherwise; without one a random password, written to a file in the data directory
     * that only the server's account reads, and the log says where, never what.
     */
    static String firstPassword(String given, Path dataDirectory) {
        if (given == null || given.isBlank()) {
            String password = randomPassword();
            Path file = writeOwnerOnly(dataDirectory, password);
            LOG.warning(() -> "客诉: first administrator 'admin' created; the password is in " + file
                    + " (readable by the server's account only). Sign in, choose a new password, delete the file.");
            return password;
        }
        try {
            PasswordRules.check(USERNAME, given);
        } catch (WeakPasswordException weak) {
            throw new IllegalStateException("客诉: KESU_ADMIN_PASSWORD is refused by the password rules ("
                    + weak.reason() + "): at least " + PasswordRules.MIN_LENGTH
                    + " characters, not a common password, not containing 'admin'. No administrator was created.");
        }
        LOG.warning("客诉: first administrator 'admin' created with KESU_ADMIN_PASSWORD; the first sign-in must change it");
        return given;
    }

    private static String randomPassword() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** Writes the generated password to the server's data directory, readable and writable by its owner only. */
    private static Path writeOwnerOnly(Path dataDirectory, String password) {
        Path directory = dataDirectory.resolve("kesu");
        Path file = directory.resolve("first-admin-password.txt");
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(file);
            Files.createFile(file, OWNER_ONLY);
            Files.writeString(file, password + System.lineSeparator());
            return file;
        } catch (UnsupportedOperationException notPosix) {
            throw new IllegalStateException("客诉: cannot restrict " + file + " to the server's account on this file"
                    + " system; set KESU_ADMIN_PASSWORD for the first administrator instead", notPosix);
        } catch (IOException e) {
            throw new UncheckedIOException("客诉: cannot write the first administrator's password to " + file, e);
        }
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
