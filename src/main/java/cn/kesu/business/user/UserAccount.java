package cn.kesu.business.user;

import cn.kesu.business.settings.Settings;
import cn.kesu.infrastructure.security.ClientAddress;
import cn.kesu.infrastructure.security.PasswordHashing;
import cn.kesu.infrastructure.security.PasswordRules;
import cn.kesu.infrastructure.security.SignInAttempts;
import cn.kesu.infrastructure.security.WeakPasswordException;
import cn.kesu.model.settings.SettingKey;
import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.UserLocale;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The signed-in user's own account: who they are, the language they chose, their password. Any signed-in user
 * may call it, and it only ever reads or changes the caller's own record.
 */
@Stateless
@PermitAll
public class UserAccount {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    SignInAttempts attempts;

    @Inject
    ClientAddress clientAddress;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    /** The caller's user record; empty for an anonymous caller. */
    public Optional<AppUser> current() {
        String name = session.getCallerPrincipal().getName();
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", name)
                .getResultStream().findFirst();
    }

    /**
     * Read at every signed-in request, so it asks for three columns and nothing else, and brings the longest
     * session allowed along (one call per request, not two).
     */
    public AccountStanding standing() {
        return em.createQuery("select u.enabled, u.mustChangePassword, u.sessionsValidFrom from AppUser u"
                        + " where u.username = :username", Object[].class)
                .setParameter("username", session.getCallerPrincipal().getName())
                .getResultStream().findFirst()
                .map(row -> new AccountStanding((Boolean) row[0], (Boolean) row[1], (Instant) row[2], longestSession()))
                .orElse(AccountStanding.GONE);
    }

    /** 目录账号: the caller's password is the company directory's, and is changed there, not here. */
    public boolean isDirectoryAccount() {
        return current().map(AppUser::isDirectoryAccount).orElse(false);
    }

    /** The longest a session may last after its sign-in (参数设置). */
    private Duration longestSession() {
        return Duration.ofHours(settings.number(SettingKey.SESSION_MAX_HOURS));
    }

    public void preferLocale(@NotNull UserLocale locale) {
        current().ifPresent(user -> user.preferLocale(locale));
    }

    /**
     * 修改密码: the caller replaces their own password, proving it with the current one (a wrong one counts
     * toward the lockout). The new one must pass the password rules and differ from the current one. Every
     * session of the user signed in until now ends (a stolen one too); answers that instant, after which the
     * caller's own session counts as signed in anew.
     */
    public Instant changePassword(@NotNull String currentPassword, @NotNull String newPassword) {
        String name = session.getCallerPrincipal().getName();
        AppUser confirmed = attempts.confirm(name, currentPassword, clientAddress.current())
                .orElseThrow(() -> new WrongPasswordException(name));
        if (confirmed.isDirectoryAccount()) {
            throw new DirectoryAccountException(name);
        }
        PasswordRules.check(name, newPassword);
        if (passwordHashing.matches(newPassword.toCharArray(), confirmed.getPasswordHash())) {
            throw new WeakPasswordException(WeakPasswordException.Reason.SAME_AS_OLD);
        }
        AppUser user = em.find(AppUser.class, confirmed.getId());
        // Microseconds, as the database keeps them, so the caller's session can be stamped strictly after.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        user.changePassword(passwordHashing.hash(newPassword.toCharArray()), now);
        user.endSessions(now);
        return now;
    }
}
