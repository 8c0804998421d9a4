package cn.kesu.infrastructure.security;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.signature.ElectronicSignature;
import cn.kesu.business.complaint.signature.SignatureRefusedException;
import cn.kesu.business.user.NewUser;
import cn.kesu.business.user.UserAdministration;
import cn.kesu.infrastructure.demo.AsAdmin;
import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.SecurityEvent;
import cn.kesu.model.user.SecurityEventKind;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import cn.kesu.support.SecurityRecords;
import cn.kesu.support.TestServerSettings;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 登录锁定 with the company's defaults (5 failures within 15 minutes lock for 15 minutes), on the rules'
 * own entry: sign-ins and signature passwords from made-up client addresses, on a moved clock.
 */
class SignInLockoutIT extends InContainerTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String PASSWORD = "Lockout-Test-Password";
    private static final String WRONG = "not-the-password";

    @EJB
    SignInAttempts attempts;

    @EJB
    UserAdministration administration;

    @EJB
    AsAdmin asAdmin;

    @Inject
    ElectronicSignature signature;

    @Inject
    TestServerSettings settings;

    @Inject
    MovableClock clock;

    @PersistenceContext
    EntityManager em;

    private String address;

    @BeforeEach
    void companyDefaults() {
        settings.lockout(5, 15);
        clock.set(MovableClock.shanghai(2026, 12, 2, 9, 0).plusMinutes(SERIAL.incrementAndGet()));
        address = "192.0.2." + SERIAL.get() % 250;
    }

    @AfterEach
    void testServerSettings() {
        settings.lockout(TestServerSettings.FAILURES, TestServerSettings.MINUTES);
        clock.reset();
    }

    @Test
    void fiveFailuresLockTheUserForFifteenMinutesEvenAgainstTheRightPassword() throws Exception {
        String name = newUser();
        for (int i = 0; i < 4; i++) {
            assertTrue(attempts.signIn(name, WRONG, null).isEmpty());
        }
        assertTrue(attempts.signIn(name, PASSWORD, null).isPresent(), "four failures lock nothing");

        assertTrue(attempts.signIn(name, WRONG, null).isEmpty());

        assertTrue(attempts.signIn(name, PASSWORD, null).isEmpty(), "locked: the right password is refused too");
        clock.advance(Duration.ofMinutes(14));
        assertTrue(attempts.signIn(name, PASSWORD, null).isEmpty(), "still locked after 14 minutes");
        clock.advance(Duration.ofMinutes(2));
        assertTrue(attempts.signIn(name, PASSWORD, null).isPresent(), "the lock has run out");
        for (int i = 0; i < 4; i++) {
            assertTrue(attempts.signIn(name, WRONG, null).isEmpty());
        }
        assertTrue(attempts.signIn(name, PASSWORD, null).isPresent(),
                "the count started again after the lock: what was tried while locked does not count");
    }

    @Test
    void failuresOlderThanFifteenMinutesDoNotCount() throws Exception {
        String name = newUser();
        for (int i = 0; i < 4; i++) {
            attempts.signIn(name, WRONG, null);
        }
        clock.advance(Duration.ofMinutes(16));
        attempts.signIn(name, WRONG, null);

        assertTrue(attempts.signIn(name, PASSWORD, null).isPresent());
    }

    @Test
    void wrongSignaturePasswordsCountAndALockedUserCannotSign() throws Exception {
        String name = newUser();
        for (int i = 0; i < 5; i++) {
            assertRefused(SignatureRefusedException.class, () -> signature.verify(name, Role.QA, WRONG));
        }

        assertRefused(SignatureRefusedException.class, () -> signature.verify(name, Role.QA, PASSWORD));
        assertTrue(attempts.signIn(name, PASSWORD, null).isEmpty(), "the sign-in is locked as well");
        assertEquals(6, events(name, SecurityEventKind.SIGNATURE_FAILED), "the try while locked is recorded too");
        assertEquals(1, events(name, SecurityEventKind.USER_LOCKED));
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressForEveryName() throws Exception {
        String name = newUser();
        for (int i = 0; i < 5; i++) {
            attempts.signIn("nobody-" + i, WRONG, address);
        }

        assertTrue(attempts.signIn(name, PASSWORD, address).isEmpty(), "a real user from the locked address");
        assertTrue(attempts.signIn(name, PASSWORD, "198.51.100.7").isPresent(), "the same user from elsewhere");
        assertTrue(asAdmin.call(() -> administration.locks()).stream()
                .anyMatch(lock -> !lock.isUser() && lock.subject().equals(address)));

        asAdmin.call(() -> {
            administration.unlockAddress(address);
            return null;
        });
        assertTrue(attempts.signIn(name, PASSWORD, address).isPresent(), "unlocked by the administrator");
    }

    @Test
    void theAdministratorSeesTheLockAndEveryFailureAndUnlocks() throws Exception {
        String name = newUser();
        for (int i = 0; i < 5; i++) {
            attempts.signIn(name, WRONG, address);
        }
        assertTrue(asAdmin.call(() -> administration.locks()).stream()
                .anyMatch(lock -> lock.isUser() && lock.subject().equals(name)));

        asAdmin.call(() -> {
            administration.unlockUser(name);
            administration.unlockAddress(address);
            return null;
        });

        assertTrue(attempts.signIn(name, PASSWORD, address).isPresent());
        assertFalse(asAdmin.call(() -> administration.locks()).stream().anyMatch(lock -> lock.subject().equals(name)));
        List<SecurityEvent> listed = asAdmin.call(() -> administration.securityEvents(100)).stream()
                .filter(e -> name.equals(e.getUsername())).toList();
        assertEquals(List.of(SecurityEventKind.UNLOCKED, SecurityEventKind.USER_LOCKED, SecurityEventKind.SIGN_IN_FAILED,
                        SecurityEventKind.SIGN_IN_FAILED, SecurityEventKind.SIGN_IN_FAILED, SecurityEventKind.SIGN_IN_FAILED,
                        SecurityEventKind.SIGN_IN_FAILED),
                listed.stream().map(SecurityEvent::getKind).toList(), "newest first");
        assertEquals("admin", listed.get(0).getActor());
        assertEquals(address, listed.get(1).getClientAddress());
    }

    @Test
    void unknownDisabledLockedAndWrongAreAllRefusedAndAllCounted() throws Exception {
        String disabled = newUser();
        asAdmin.call(() -> administration.disable(find(disabled).getId()));
        String locked = newUser();
        for (int i = 0; i < 5; i++) {
            attempts.signIn(locked, WRONG, null);
        }
        String wrong = newUser();
        String unknown = "no-such-user-" + SERIAL.incrementAndGet();

        assertTrue(attempts.signIn(unknown, PASSWORD, null).isEmpty());
        assertTrue(attempts.signIn(disabled, PASSWORD, null).isEmpty());
        assertTrue(attempts.signIn(locked, PASSWORD, null).isEmpty());
        assertTrue(attempts.signIn(wrong, WRONG, null).isEmpty());

        for (String name : List.of(unknown, disabled, wrong)) {
            assertEquals(1, events(name, SecurityEventKind.SIGN_IN_FAILED), name);
        }
        assertEquals(6, events(locked, SecurityEventKind.SIGN_IN_FAILED), "a try while locked is recorded too");
        assertEquals(1, events(locked, SecurityEventKind.USER_LOCKED), "and does not lock again");
    }

    @Test
    void typedNamesAreStoredCutAndWithoutControlCharacters() {
        String typed = "evil\r\nname\u0000" + "x".repeat(200);

        assertTrue(attempts.signIn(typed, WRONG, null).isEmpty());

        String stored = "evilname" + "x".repeat(SecurityEvent.NAME_LENGTH - 8);
        assertEquals(1, events(stored, SecurityEventKind.SIGN_IN_FAILED));
    }

    private long events(String name, SecurityEventKind kind) {
        return SecurityRecords.events(em, name, kind);
    }

    private AppUser find(String name) {
        return SecurityRecords.user(em, name);
    }

    private String newUser() throws Exception {
        String name = "lock-" + System.currentTimeMillis() % 1_000_000 + "-" + SERIAL.incrementAndGet();
        asAdmin.call(() -> administration.createUser(new NewUser(name, "锁定测试员", Department.QA, Set.of(Role.QA),
                null, PASSWORD)));
        return name;
    }
}
