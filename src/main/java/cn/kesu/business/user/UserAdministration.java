package cn.kesu.business.user;

import cn.kesu.business.settings.Settings;
import cn.kesu.infrastructure.security.PasswordHashing;
import cn.kesu.infrastructure.security.PasswordRules;
import cn.kesu.infrastructure.security.SignInAttempts;
import cn.kesu.model.settings.SettingKey;
import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.Roles;
import cn.kesu.model.user.SecurityEvent;
import cn.kesu.model.user.SecurityEventKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 用户管理: the IT administrator creates users, assigns roles, disables accounts, resets passwords and
 * unlocks locked accounts. Only {@code admin} may call it; administrators take no case actions, so nothing
 * here touches complaints. Every change to a user is kept in the audit history (Envers) with who and when.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class UserAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    SignInAttempts attempts;

    @Inject
    Settings settings;

    public List<AppUser> listUsers() {
        return em.createNamedQuery(AppUser.ALL, AppUser.class).getResultList();
    }

    /**
     * Creates a user with an initial password the administrator hands over; because the administrator knows
     * it, the user must choose their own at the first sign-in. A directory account (目录账号) gets no password:
     * it signs in with the company directory's, and the application keeps its department and roles.
     */
    public AppUser createUser(@NotNull @Valid NewUser newUser) {
        if (findByUsername(newUser.username()) != null) {
            throw new UsernameTakenException(newUser.username());
        }
        requireAdministratorAlone(newUser.roles());
        if (newUser.directoryAccount() && newUser.roles().contains(Role.ADMIN)) {
            throw new LocalAdministratorException(newUser.username());
        }
        AppUser user;
        if (newUser.directoryAccount()) {
            user = AppUser.directoryAccount(newUser.username(), newUser.fullName().strip(), newUser.department(),
                    blankToNull(newUser.email()), newUser.roles(), clock.instant());
        } else {
            String initialPassword = newUser.initialPassword() == null ? "" : newUser.initialPassword();
            PasswordRules.check(newUser.username(), initialPassword);
            user = new AppUser(newUser.username(), newUser.fullName().strip(), newUser.department(),
                    blankToNull(newUser.email()), passwordHashing.hash(initialPassword.toCharArray()),
                    newUser.roles(), clock.instant());
            user.requirePasswordChange();
        }
        em.persist(user);
        return user;
    }

    /** New roles take effect at the user's next sign-in: their open sessions end now. */
    public AppUser assignRoles(@NotNull Long userId, @NotEmpty Set<Role> roles) {
        AppUser user = load(userId);
        if (isCaller(user) && !roles.contains(Role.ADMIN)) {
            throw new OwnAccountException(user.getUsername());
        }
        requireAdministratorAlone(roles);
        if (user.isDirectoryAccount() && roles.contains(Role.ADMIN)) {
            throw new LocalAdministratorException(user.getUsername());
        }
        if (!user.getRoles().equals(Set.copyOf(roles))) {
            user.assignRoles(roles);
            user.endSessions(clock.instant());
        }
        return user;
    }

    /** Disabling ends the user's open sessions at their next request, not only their next sign-in. */
    public AppUser disable(@NotNull Long userId) {
        AppUser user = load(userId);
        if (isCaller(user)) {
            throw new OwnAccountException(user.getUsername());
        }
        user.disable(clock.instant());
        return user;
    }

    public AppUser enable(@NotNull Long userId) {
        AppUser user = load(userId);
        user.enable();
        return user;
    }

    /**
     * 重设密码 for a user who forgot theirs: the administrator sets one and hands it over, so the user must
     * replace it at the next sign-in, and any session they have open ends.
     */
    public AppUser resetPassword(@NotNull Long userId, @NotNull String newPassword) {
        AppUser user = load(userId);
        if (user.isDirectoryAccount()) {
            throw new DirectoryAccountException(user.getUsername());
        }
        PasswordRules.check(user.getUsername(), newPassword);
        user.resetPassword(passwordHashing.hash(newPassword.toCharArray()), clock.instant());
        return user;
    }

    /** 解除锁定 of a user name before its lock runs out; its failure count starts again. */
    public void unlockUser(@NotNull String username) {
        em.persist(new SecurityEvent(clock.instant(), SecurityEventKind.UNLOCKED, username, null, caller()));
    }

    /** 解除锁定 of a client address. */
    public void unlockAddress(@NotNull String clientAddress) {
        em.persist(new SecurityEvent(clock.instant(), SecurityEventKind.UNLOCKED, null, clientAddress, caller()));
    }

    /** The latest failures, locks and unlocks, newest first. */
    public List<SecurityEvent> securityEvents(int max) {
        return em.createQuery("select e from SecurityEvent e order by e.occurredAt desc, e.id desc", SecurityEvent.class)
                .setMaxResults(max).getResultList();
    }

    /** User names and addresses locked now, with the time their lock runs out. */
    public List<Lock> locks() {
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofMinutes(settings.number(SettingKey.LOCKOUT_MINUTES)));
        List<SecurityEvent> recent = em.createQuery("select e from SecurityEvent e"
                        + " where e.kind in (:userLocked, :addressLocked) and e.occurredAt > :since"
                        + " order by e.occurredAt desc", SecurityEvent.class)
                .setParameter("userLocked", SecurityEventKind.USER_LOCKED)
                .setParameter("addressLocked", SecurityEventKind.ADDRESS_LOCKED)
                .setParameter("since", since).getResultList();
        List<Lock> locks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SecurityEvent lock : recent) {
            boolean ofUser = lock.getKind() == SecurityEventKind.USER_LOCKED;
            String subject = ofUser ? lock.getUsername() : lock.getClientAddress();
            if (seen.add(lock.getKind() + subject)) {
                SignInAttempts.LockState state = ofUser ? attempts.userLock(subject, now) : attempts.addressLock(subject, now);
                if (state.isLocked()) {
                    locks.add(new Lock(ofUser, subject, state.until()));
                }
            }
        }
        return locks;
    }

    /** A user name or a client address locked until {@code until}. */
    public record Lock(boolean isUser, String subject, Instant until) implements Serializable {
    }

    /** 职责分离: the administrator manages accounts and holds no case role, so cannot act on or read complaints. */
    private static void requireAdministratorAlone(Set<Role> roles) {
        if (roles.contains(Role.ADMIN) && roles.size() > 1) {
            throw new AdministratorWithCaseRoleException();
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private AppUser load(Long userId) {
        AppUser user = em.find(AppUser.class, userId);
        if (user == null) {
            throw new UnknownUserException(userId);
        }
        return user;
    }

    private AppUser findByUsername(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }

    private boolean isCaller(AppUser user) {
        return user.getUsername().equals(caller());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
