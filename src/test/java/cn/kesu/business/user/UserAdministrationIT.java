package cn.kesu.business.user;

import cn.kesu.infrastructure.demo.AsAdmin;
import cn.kesu.infrastructure.demo.AsBusiness;
import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.infrastructure.audit.AuditRevision;
import cn.kesu.infrastructure.security.PasswordHashing;
import cn.kesu.infrastructure.security.WeakPasswordException;
import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import cn.kesu.support.InContainerTest;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import java.util.concurrent.atomic.AtomicInteger;

class UserAdministrationIT extends InContainerTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @EJB
    UserAdministration administration;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsBusiness asBusiness;

    @Inject
    PasswordHashing passwordHashing;

    @PersistenceContext
    EntityManager em;

    @Test
    void anonymousCallerCannotListUsers() {
        assertRefused(EJBAccessException.class, () -> administration.listUsers());
    }

    @Test
    void userWithoutAdminRoleCannotCreateUsers() {
        NewUser newUser = newUser(uniqueName(), "longenough1");
        assertRefused(EJBAccessException.class, () -> asBusiness.call(() -> administration.createUser(newUser)));
        assertTrue(find(newUser.username()) == null, "nothing stored");
    }

    @Test
    void adminCreatesUserWithPbkdf2HashedPassword() throws Exception {
        NewUser newUser = newUser(uniqueName(), "s3cret-password");

        asAdmin.call(() -> administration.createUser(newUser));

        AppUser stored = find(newUser.username());
        assertEquals("测试员", stored.getFullName());
        assertEquals(Department.QA, stored.getDepartment());
        assertEquals(Set.of(Role.QA, Role.QA_MANAGER), stored.getRoles());
        assertTrue(stored.isEnabled());
        // The test server's lowered count (kesu.test.passwordIterations in arquillian.xml); that production
        // hashes with 210,000 is PasswordPolicyTest's to show.
        assertTrue(stored.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:1024:"), stored.getPasswordHash());
        assertFalse(stored.getPasswordHash().contains("s3cret-password"));
        assertTrue(passwordHashing.matches("s3cret-password".toCharArray(), stored.getPasswordHash()));
        assertFalse(passwordHashing.matches("wrong-password".toCharArray(), stored.getPasswordHash()));
    }

    @Test
    void usernamesAreNeverReused() throws Exception {
        String name = uniqueName();
        asAdmin.call(() -> administration.createUser(newUser(name, "first-password")));

        UsernameTakenException refusal = assertRefused(UsernameTakenException.class,
                () -> asAdmin.call(() -> administration.createUser(newUser(name, "second-password"))));

        assertEquals(name, refusal.arguments()[0]);
    }

    @Test
    void invalidInputIsRefusedAndNothingIsStored() {
        String name = uniqueName();
        assertEquals(WeakPasswordException.Reason.TOO_SHORT, assertRefused(WeakPasswordException.class,
                () -> asAdmin.call(() -> administration.createUser(newUser(name, "short-pw")))).reason());
        assertEquals(WeakPasswordException.Reason.COMMON, assertRefused(WeakPasswordException.class,
                () -> asAdmin.call(() -> administration.createUser(newUser(name, "1qaz2wsx3edc")))).reason());
        assertEquals(WeakPasswordException.Reason.CONTAINS_USERNAME, assertRefused(WeakPasswordException.class,
                () -> asAdmin.call(() -> administration.createUser(newUser(name, "my name is " + name)))).reason());
        assertRefused(ConstraintViolationException.class,
                () -> asAdmin.call(() -> administration.createUser(newUser("Bad Name!", "long-enough-password"))));
        assertTrue(find(name) == null);
    }

    @Test
    void adminDisablesAndEnablesAUser() throws Exception {
        AppUser created = asAdmin.call(() -> administration.createUser(newUser(uniqueName(), "password-123")));

        asAdmin.call(() -> administration.disable(created.getId()));
        assertFalse(find(created.getUsername()).isEnabled());

        asAdmin.call(() -> administration.enable(created.getId()));
        assertTrue(find(created.getUsername()).isEnabled());
    }

    @Test
    void adminCannotDisableOwnAccountNorDropOwnAdminRole() {
        Long adminId = find("admin").getId();

        assertRefused(OwnAccountException.class, () -> asAdmin.call(() -> administration.disable(adminId)));
        assertRefused(OwnAccountException.class,
                () -> asAdmin.call(() -> administration.assignRoles(adminId, Set.of(Role.AUDITOR))));
        assertTrue(find("admin").isEnabled());
        assertTrue(find("admin").holds(Role.ADMIN));
    }

    @Test
    void adminReassignsRolesAndResetsPassword() throws Exception {
        AppUser created = asAdmin.call(() -> administration.createUser(newUser(uniqueName(), "password-123")));
        String oldHash = created.getPasswordHash();

        asAdmin.call(() -> administration.assignRoles(created.getId(), Set.of(Role.PRODUCTION)));
        asAdmin.call(() -> administration.resetPassword(created.getId(), "another-password"));

        AppUser stored = find(created.getUsername());
        assertEquals(Set.of(Role.PRODUCTION), stored.getRoles());
        assertNotEquals(oldHash, stored.getPasswordHash());
        assertTrue(passwordHashing.matches("another-password".toCharArray(), stored.getPasswordHash()));
    }

    @Test
    void aNewUserAndAResetPasswordMustBeChangedAtTheNextSignInAndAResetEndsOpenSessions() throws Exception {
        AppUser created = asAdmin.call(() -> administration.createUser(newUser(uniqueName(), "handed-over-1")));
        assertTrue(find(created.getUsername()).isMustChangePassword(), "the administrator knows the initial password");

        Instant before = Instant.now().minusSeconds(1);
        asAdmin.call(() -> administration.resetPassword(created.getId(), "handed-over-2"));

        AppUser stored = find(created.getUsername());
        assertTrue(stored.isMustChangePassword());
        assertFalse(stored.acceptsSessionFrom(before), "a session signed in before the reset ends");
        assertEquals(WeakPasswordException.Reason.COMMON, assertRefused(WeakPasswordException.class,
                () -> asAdmin.call(() -> administration.resetPassword(created.getId(), "123qweasdzxc"))).reason());
    }

    @Test
    void disablingOrChangingRolesEndsOpenSessionsButSavingTheSameRolesDoesNot() throws Exception {
        AppUser roles = asAdmin.call(() -> administration.createUser(newUser(uniqueName(), "password-123")));
        AppUser disabled = asAdmin.call(() -> administration.createUser(newUser(uniqueName(), "password-123")));
        Instant before = Instant.now().minusSeconds(1);

        asAdmin.call(() -> administration.assignRoles(roles.getId(), Set.of(Role.QA, Role.QA_MANAGER)));
        assertTrue(find(roles.getUsername()).acceptsSessionFrom(before), "the same roles again change nothing");
        asAdmin.call(() -> administration.assignRoles(roles.getId(), Set.of(Role.QA)));
        asAdmin.call(() -> administration.disable(disabled.getId()));

        assertFalse(find(roles.getUsername()).acceptsSessionFrom(before));
        assertFalse(find(disabled.getUsername()).acceptsSessionFrom(before));
    }

    @Test
    void theAdministratorRoleIsHeldAloneSoTheAdministratorHasNoCaseRole() throws Exception {
        String name = uniqueName();
        assertRefused(AdministratorWithCaseRoleException.class, () -> asAdmin.call(() -> administration.createUser(
                new NewUser(name, "管理员兼质检", Department.IT, Set.of(Role.ADMIN, Role.QA), null, "password-123"))));
        AppUser created = asAdmin.call(() -> administration.createUser(newUser(uniqueName(), "password-123")));
        for (Role caseRole : Role.values()) {
            if (caseRole != Role.ADMIN) {
                assertRefused(AdministratorWithCaseRoleException.class,
                        () -> asAdmin.call(() -> administration.assignRoles(created.getId(), Set.of(Role.ADMIN, caseRole))));
            }
        }
        assertTrue(find(name) == null);
        assertEquals(Set.of(Role.QA, Role.QA_MANAGER), find(created.getUsername()).getRoles());
    }

    @Test
    void everyChangeToAUserIsInTheAuditHistoryWithWhoAndWhenButNoPasswordHash() throws Exception {
        AppUser created = asAdmin.call(() -> administration.createUser(newUser(uniqueName(), "password-123")));
        asAdmin.call(() -> administration.assignRoles(created.getId(), Set.of(Role.PRODUCTION)));
        asAdmin.call(() -> administration.disable(created.getId()));

        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(AppUser.class, false, true)
                .add(AuditEntity.id().eq(created.getId()))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();

        assertEquals(3, revisions.size());
        for (Object[] revision : revisions) {
            assertEquals("admin", ((AuditRevision) revision[1]).getUsername());
            assertTrue(((AuditRevision) revision[1]).getTimestamp() > 0);
            assertTrue(((AppUser) revision[0]).getPasswordHash() == null, "the hash is not kept in the history");
        }
        assertEquals(Set.of(Role.QA, Role.QA_MANAGER), ((AppUser) revisions.get(0)[0]).getRoles());
        assertEquals(Set.of(Role.PRODUCTION), ((AppUser) revisions.get(1)[0]).getRoles());
        assertFalse(((AppUser) revisions.get(2)[0]).isEnabled());
    }

    private AppUser find(String username) {
        em.clear();
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }

    private static NewUser newUser(String username, String password) {
        return new NewUser(username, "测试员", Department.QA, Set.of(Role.QA, Role.QA_MANAGER),
                username + "@example.com", password);
    }

    private static String uniqueName() {
        return "it-user-" + System.currentTimeMillis() % 100000 + "-" + SERIAL.incrementAndGet();
    }
}
