package cn.kesu.infrastructure.security;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.signature.ElectronicSignature;
import cn.kesu.business.complaint.signature.SignatureRefusedException;
import cn.kesu.business.user.DirectoryAccountException;
import cn.kesu.business.user.LocalAdministratorException;
import cn.kesu.business.user.NewUser;
import cn.kesu.business.user.UserAccount;
import cn.kesu.business.user.UserAdministration;
import cn.kesu.infrastructure.demo.AsAdmin;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Signature;
import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.SecurityEventKind;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import cn.kesu.support.SecurityRecords;
import cn.kesu.support.TestDirectory;
import cn.kesu.support.TestServerSettings;
import cn.kesu.support.callers.AsDirectoryQa;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 公司目录: sign-in and signatures with the company directory's password, against an LDAP directory inside the
 * test server, through the Elytron realm directory.cli configures.
 */
class DirectorySignInIT extends InContainerTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String DIRECTORY_PASSWORD = "Directory-Password-2026";
    private static final String WRONG = "not-the-directory-password";

    @EJB
    SignInAttempts attempts;

    @EJB
    UserAdministration administration;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsDirectoryQa asDirectoryQa;

    @EJB
    UserAccount userAccount;

    @Inject
    ElectronicSignature signature;

    @Inject
    TestDirectory directory;

    @Inject
    CaseFixture fixture;

    @Inject
    TestServerSettings settings;

    @Inject
    MovableClock clock;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    private String rolesSetting;

    @BeforeEach
    void directoryUp() {
        directory.started();
        rolesSetting = System.getProperty(DirectoryRoles.PROPERTY, "");
        clock.set(MovableClock.shanghai(2026, 12, 3, 9, 0).plusMinutes(SERIAL.incrementAndGet()));
    }

    @AfterEach
    void rolesKeptHereAgain() {
        System.setProperty(DirectoryRoles.PROPERTY, rolesSetting);
        settings.lockout(TestServerSettings.FAILURES, TestServerSettings.MINUTES);
        clock.reset();
    }

    @Test
    void aDirectoryAccountSignsInWithTheDirectoryPasswordAndSignsAStep() throws Exception {
        String name = AsDirectoryQa.NAME;
        directory.person(name, "秦质检", DIRECTORY_PASSWORD);
        asAdmin.call(() -> administration.createUser(new NewUser(name, "秦质检", Department.QA, Set.of(Role.QA),
                null, null, true)));
        AppUser account = find(name);
        assertTrue(account.isDirectoryAccount());
        assertNull(account.getPasswordHash(), "no password of its own here");
        assertFalse(account.isMustChangePassword(), "nothing to change here");

        Optional<AppUser> signedIn = attempts.signIn(name, DIRECTORY_PASSWORD, null);
        assertTrue(signedIn.isPresent(), "the directory's password");
        assertEquals(Set.of(Role.QA), signedIn.get().getRoles(), "the roles the administrator gave");
        assertTrue(attempts.signIn(name, WRONG, null).isEmpty());

        fixture.withCatalogs();
        Long id = fixture.atQa(fixture.domestic);
        assertRefused(SignatureRefusedException.class, () -> asDirectoryQa.run(() -> fixture.qaDepartment.investigate(
                id, fixture.version(id), fixture.qaFindings(true, false, Severity.GENERAL), "调查完成", WRONG)));
        asDirectoryQa.run(() -> fixture.qaDepartment.investigate(id, fixture.version(id),
                fixture.qaFindings(true, false, Severity.GENERAL), "调查完成", DIRECTORY_PASSWORD));

        Signature signed = fixture.load(id).getSignatures().stream()
                .filter(s -> name.equals(s.getUsername())).findFirst().orElseThrow();
        assertEquals("秦质检", signed.getFullName());
        assertEquals(1, events(name, SecurityEventKind.SIGNATURE_FAILED));

        directory.changePassword(name, "Changed-In-The-Directory-1");
        assertTrue(attempts.signIn(name, DIRECTORY_PASSWORD, null).isEmpty(), "the old password, changed in the directory");
        assertTrue(attempts.signIn(name, "Changed-In-The-Directory-1", null).isPresent());
        assertRefused(DirectoryAccountException.class, () -> asAdmin.call(() ->
                administration.resetPassword(account.getId(), "Reset-Here-Password-1")));
        assertRefused(DirectoryAccountException.class, () -> asDirectoryQa.call(() ->
                userAccount.changePassword("Changed-In-The-Directory-1", "Changed-Here-Password-1")));
        assertNull(find(name).getPasswordHash(), "still no password here");
    }

    @Test
    void disabledInTheDirectoryOrHereUnknownThereOrLocalAreRefusedAndCounted() throws Exception {
        String offThere = directoryAccount("禁用者");
        String offHere = directoryAccount("停用者");
        assertTrue(attempts.signIn(offThere, DIRECTORY_PASSWORD, null).isPresent(), "before: the directory answers");
        assertTrue(attempts.signIn(offHere, DIRECTORY_PASSWORD, null).isPresent());
        directory.disable(offThere);
        asAdmin.call(() -> administration.disable(find(offHere).getId()));
        String unknownThere = "dir-none-" + SERIAL.incrementAndGet();
        asAdmin.call(() -> administration.createUser(new NewUser(unknownThere, "无此人", Department.QA,
                Set.of(Role.QA), null, null, true)));

        assertTrue(attempts.signIn(offThere, DIRECTORY_PASSWORD, null).isEmpty(), "disabled in the directory");
        assertTrue(attempts.signIn(offHere, DIRECTORY_PASSWORD, null).isEmpty(), "disabled here");
        assertTrue(attempts.signIn(unknownThere, DIRECTORY_PASSWORD, null).isEmpty(), "not in the directory");
        assertTrue(attempts.signIn(offThere, "", null).isEmpty(), "no password: never an unauthenticated bind");
        assertEquals(2, events(offThere, SecurityEventKind.SIGN_IN_FAILED));
        for (String name : new String[] {offHere, unknownThere}) {
            assertEquals(1, events(name, SecurityEventKind.SIGN_IN_FAILED), name);
        }
        assertRefused(LocalAdministratorException.class, () -> asAdmin.call(() ->
                administration.createUser(new NewUser("dir-admin-" + SERIAL.incrementAndGet(), "目录管理员",
                        Department.IT, Set.of(Role.ADMIN), null, null, true))));
        assertRefused(LocalAdministratorException.class, () -> asAdmin.call(() ->
                administration.assignRoles(find(offHere).getId(), Set.of(Role.ADMIN))));

        // A local account keeps its own password even when the directory knows the same name.
        String local = "dir-local-" + SERIAL.incrementAndGet();
        asAdmin.call(() -> administration.createUser(new NewUser(local, "本地账号", Department.QA, Set.of(Role.QA),
                null, "Local-Password-2026")));
        directory.person(local, "同名目录人员", DIRECTORY_PASSWORD);
        assertTrue(attempts.signIn(local, DIRECTORY_PASSWORD, null).isEmpty(), "the directory's password is not a local one");
        assertTrue(attempts.signIn(local, "Local-Password-2026", null).isPresent());
    }

    @Test
    void whileTheDirectoryDoesNotAnswerADirectoryAccountIsRefusedWithoutCountingAndALocalOneSignsIn() throws Exception {
        settings.lockout(5, 15);
        String name = directoryAccount("断线者");
        directory.down();
        try {
            for (int i = 0; i < 6; i++) {
                assertTrue(attempts.signIn(name, DIRECTORY_PASSWORD, null).isEmpty(), "the directory does not answer");
            }
            assertRefused(SignatureRefusedException.class, () -> signature.verify(name, Role.QA, DIRECTORY_PASSWORD));
            assertTrue(attempts.signIn("qa", CaseFixture.PASSWORD, null).isPresent(), "a local account signs in");
        } finally {
            directory.backAgain();
        }
        assertEquals(7, events(name, SecurityEventKind.DIRECTORY_UNAVAILABLE));
        assertEquals(0, events(name, SecurityEventKind.SIGN_IN_FAILED) + events(name, SecurityEventKind.SIGNATURE_FAILED),
                "nobody typed a wrong password");
        assertTrue(attempts.signIn(name, DIRECTORY_PASSWORD, null).isPresent(), "not locked once it answers again");
    }

    @Test
    void wrongDirectoryPasswordsCountTowardTheLockout() throws Exception {
        settings.lockout(5, 15);
        String name = directoryAccount("锁定者");
        for (int i = 0; i < 4; i++) {
            assertTrue(attempts.signIn(name, WRONG, null).isEmpty());
        }
        assertRefused(SignatureRefusedException.class, () -> signature.verify(name, Role.QA, WRONG));

        assertTrue(attempts.signIn(name, DIRECTORY_PASSWORD, null).isEmpty(), "locked: the directory's password too");
        assertEquals(1, events(name, SecurityEventKind.USER_LOCKED));
        asAdmin.call(() -> {
            administration.unlockUser(name);
            return null;
        });
        assertTrue(attempts.signIn(name, DIRECTORY_PASSWORD, null).isPresent(), "unlocked by the administrator");
    }

    @Test
    void rolesFollowTheDirectoryGroupsWhenTheSettingNamesThem() throws Exception {
        System.setProperty(DirectoryRoles.PROPERTY, "kesu-business=business; kesu-qa=qa,qa-manager");
        String name = "dir-grp-" + SERIAL.incrementAndGet();
        directory.person(name, "郭组员", DIRECTORY_PASSWORD, "kesu-qa", "kesu-canteen");
        String outsider = "dir-out-" + SERIAL.incrementAndGet();
        directory.person(outsider, "无关组员", DIRECTORY_PASSWORD, "kesu-canteen");

        AppUser made = attempts.signIn(name, DIRECTORY_PASSWORD, null).orElseThrow();
        assertTrue(made.isDirectoryAccount(), "made at the first sign-in");
        assertEquals("郭组员", made.getFullName());
        assertEquals(name + "@kesu.test", made.getEmail());
        assertEquals(Set.of(Role.QA, Role.QA_MANAGER), made.getRoles());
        assertEquals(Department.QA, made.getDepartment());
        assertTrue(attempts.signIn(outsider, DIRECTORY_PASSWORD, null).isEmpty(), "no mapped group: no account");
        assertTrue(em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", outsider)
                .getResultList().isEmpty());

        directory.leave(name, "kesu-qa");
        directory.join(name, "kesu-business");
        AppUser moved = attempts.signIn(name, DIRECTORY_PASSWORD, null).orElseThrow();
        assertEquals(Set.of(Role.BUSINESS), moved.getRoles(), "the groups of today");
        assertEquals(Department.BUSINESS, find(name).getDepartment());

        directory.leave(name, "kesu-business");
        assertTrue(attempts.signIn(name, DIRECTORY_PASSWORD, null).isEmpty(), "in no mapped group any more");
        assertTrue(attempts.signIn(name, WRONG, null).isEmpty());
    }

    @Test
    void fourFirstSignInsAtOnceMakeOneAccountAndFailNone() throws Exception {
        System.setProperty(DirectoryRoles.PROPERTY, "kesu-qa=qa");
        String name = "dir-twice-" + SERIAL.incrementAndGet();
        directory.person(name, "双击者", DIRECTORY_PASSWORD, "kesu-qa");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> signIns = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            signIns.add(executor.submit(() -> {
                start.await();
                return attempts.signIn(name, DIRECTORY_PASSWORD, null).isPresent();
            }));
        }
        start.countDown();
        long signedIn = 0;
        for (Future<Boolean> signIn : signIns) {
            signedIn += signIn.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }

        assertTrue(signedIn >= 1, "the first one at least");
        assertEquals(1, em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", name)
                .getResultList().size());
        assertEquals(0, events(name, SecurityEventKind.SIGN_IN_FAILED), "a lost race is no wrong password");
        assertTrue(attempts.signIn(name, DIRECTORY_PASSWORD, null).isPresent(), "and the next one finds the account");
    }

    private String directoryAccount(String fullName) throws Exception {
        String name = "dir-" + SERIAL.incrementAndGet() + "-" + System.currentTimeMillis() % 100_000;
        directory.person(name, fullName, DIRECTORY_PASSWORD);
        asAdmin.call(() -> administration.createUser(new NewUser(name, fullName, Department.QA, Set.of(Role.QA),
                null, null, true)));
        return name;
    }

    private long events(String name, SecurityEventKind kind) {
        return SecurityRecords.events(em, name, kind);
    }

    private AppUser find(String name) {
        return SecurityRecords.user(em, name);
    }
}
