package cn.kesu.infrastructure.security;

import cn.kesu.business.settings.Settings;
import cn.kesu.model.settings.SettingKey;
import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.SecurityEvent;
import cn.kesu.model.user.SecurityEventKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * 登录锁定: every password typed at sign-in or for a signature passes here. Failures are counted per
 * typed user name and per client address; {@link SettingKey#LOCKOUT_FAILURES} of them within
 * {@link SettingKey#LOCKOUT_MINUTES} lock that name or address for as many minutes, until they pass or an
 * administrator unlocks. Unknown names, disabled users, locked ones and wrong passwords are all refused
 * alike and cost the same work (one password hash, the same queries), so a refusal tells an attacker
 * nothing about which it was.
 *
 * <p>A directory account's password (目录账号) is the company directory's ({@link CompanyDirectory}), checked only
 * while neither the name nor the address is locked; a directory that does not answer refuses without counting.
 *
 * <p>Runs in its own transaction: a failure stays counted when the signed action it belonged to rolls back.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInAttempts {

    private static final Logger LOG = Logger.getLogger(SignInAttempts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    Settings settings;

    @Inject
    CompanyDirectory directory;

    @Inject
    Clock clock;

    /** A sign-in: the user, enabled and unlocked, whose password this is; empty otherwise, with the failure recorded. */
    public Optional<AppUser> signIn(String typedName, String password, String clientAddress) {
        return check(typedName, password, clientAddress, SecurityEventKind.SIGN_IN_FAILED);
    }

    /** A password re-entered for an electronic signature or to change it: counted like a sign-in. */
    public Optional<AppUser> confirm(String username, String password, String clientAddress) {
        return check(username, password, clientAddress, SecurityEventKind.SIGNATURE_FAILED);
    }

    private Optional<AppUser> check(String typedName, String password, String clientAddress, SecurityEventKind failure) {
        // The database keeps microseconds: an instant with nanoseconds would lie after its own stored copy.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String name = typedName == null ? "" : SecurityEvent.cut(typedName.strip(), SecurityEvent.NAME_LENGTH);
        // The user's row is locked until this attempt is counted, so parallel guesses for one account are
        // checked one after the other and each sees the failures before it (on every node of a cluster).
        AppUser found = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst().orElse(null);
        boolean userLocked = userLock(name, now).isLocked();
        boolean addressLocked = clientAddress != null && addressLock(clientAddress, now).isLocked();
        char[] typed = password == null ? new char[0] : password.toCharArray();
        // Read once per attempt: the setting may change between sign-ins, not within one.
        DirectoryRoles mapping = directoryRoles();
        boolean directoryAccount = found != null ? found.isDirectoryAccount() : mapping.isEnabled();
        // Every attempt costs one password hash, a directory account's too, so the time a refusal takes tells
        // nothing of whether the name is a local account, a directory account or none.
        boolean hashMatches = passwordHashing.matchesEvenIfUnknown(typed,
                found == null || directoryAccount ? null : found.getPasswordHash());
        AppUser user = found;
        boolean matches;
        if (userLocked || addressLocked) {
            // Refused anyway: the directory is not asked, so guesses at a locked name cannot lock the person's
            // company account in the directory too.
            matches = false;
        } else if (directoryAccount) {
            DirectoryAnswer answer = directory.verify(name, typed);
            if (answer.unavailable()) {
                Arrays.fill(typed, '\0');
                em.persist(new SecurityEvent(now, SecurityEventKind.DIRECTORY_UNAVAILABLE, name, clientAddress, null));
                return Optional.empty();
            }
            if (found != null) {
                matches = answer.accepted().filter(entry -> followGroups(mapping, found, entry, now)).isPresent();
            } else {
                try {
                    user = answer.accepted().flatMap(entry -> newDirectoryAccount(mapping, name, entry, now))
                            .orElse(null);
                } catch (PersistenceException madeAtTheSameMoment) {
                    // The same person's other first sign-in made the account a moment before (a double click): this
                    // one is rolled back and refused once, without a failure counted, and the next one finds it.
                    LOG.info(() -> "客诉: directory account " + name + " made by another sign-in at the same moment");
                    return Optional.empty();
                }
                matches = user != null;
            }
        } else {
            matches = hashMatches;
        }
        Arrays.fill(typed, '\0');
        if (matches && user.isEnabled()) {
            return Optional.of(user);
        }
        fail(failure, name, clientAddress, now, userLocked, addressLocked);
        return Optional.empty();
    }

    /**
     * Where directory groups give the roles, a directory account's roles and department follow its groups at
     * every sign-in, and its other sessions end when they change, as when the administrator changes roles; false
     * when none of its groups is mapped any more (it is refused, and its sessions end). Where they do not, the
     * application keeps what the administrator set.
     */
    private boolean followGroups(DirectoryRoles mapping, AppUser user, DirectoryEntry entry, Instant now) {
        if (!mapping.isEnabled()) {
            return true;
        }
        Optional<DirectoryRoles.Assignment> assignment = mapping.assign(entry.groups());
        if (assignment.isEmpty()) {
            user.endSessions(now);
            return false;
        }
        DirectoryRoles.Assignment assigned = assignment.get();
        if (!user.getRoles().equals(assigned.roles()) || user.getDepartment() != assigned.department()) {
            user.assignRoles(assigned.roles());
            user.changeProfile(user.getFullName(), assigned.department(), user.getEmail());
            // Just before now: the session this sign-in opens, stamped at or after now, goes on.
            user.endSessions(now.minus(1, ChronoUnit.MICROS));
        }
        return true;
    }

    /** A person of a mapped directory group signing in for the first time: their directory account is made now. */
    private Optional<AppUser> newDirectoryAccount(DirectoryRoles mapping, String name, DirectoryEntry entry,
                                                  Instant now) {
        return mapping.assign(entry.groups()).map(assigned -> {
            String fullName = entry.fullName() == null || entry.fullName().isBlank() ? name
                    : SecurityEvent.cut(entry.fullName().strip(), 100);
            String email = entry.email() == null || entry.email().length() > 200 ? null : entry.email();
            AppUser made = AppUser.directoryAccount(name, fullName, assigned.department(), email, assigned.roles(), now);
            em.persist(made);
            em.flush();
            LOG.info(() -> "客诉: directory account " + name + " made from the groups " + entry.groups());
            return made;
        });
    }

    /** The directory groups' roles as configured now; a mistyped setting gives none, and says so. */
    private static DirectoryRoles directoryRoles() {
        try {
            return DirectoryRoles.configured();
        } catch (IllegalArgumentException mistyped) {
            LOG.severe(() -> "客诉: " + DirectoryRoles.PROPERTY + " is not read, no roles come from directory groups: "
                    + mistyped.getMessage());
            return DirectoryRoles.parse("");
        }
    }

    private void fail(SecurityEventKind failure, String name, String clientAddress, Instant now,
                      boolean userLocked, boolean addressLocked) {
        em.persist(new SecurityEvent(now, failure, name, clientAddress, null));
        LOG.warning(() -> "客诉: " + failure + " for '" + name + "' from " + clientAddress);
        int limit = settings.number(SettingKey.LOCKOUT_FAILURES);
        if (!userLocked && userLock(name, now).failures() >= limit) {
            em.persist(new SecurityEvent(now, SecurityEventKind.USER_LOCKED, name, clientAddress, null));
            LOG.warning(() -> "客诉: user name '" + name + "' locked after " + limit + " failures, last from " + clientAddress);
        }
        if (clientAddress != null && !addressLocked && addressLock(clientAddress, now).failures() >= limit) {
            em.persist(new SecurityEvent(now, SecurityEventKind.ADDRESS_LOCKED, null, clientAddress, null));
            LOG.warning(() -> "客诉: address " + clientAddress + " locked after " + limit + " failures");
        }
    }

    /** Whether {@code username} is locked now, and since when. */
    public LockState userLock(String username, Instant now) {
        return lockState("e.username = :subject", SecurityEventKind.USER_LOCKED, username, now);
    }

    public LockState addressLock(String clientAddress, Instant now) {
        // An unlock names either a user or an address, never both, so an address's unlocks are its own.
        return lockState("e.clientAddress = :subject", SecurityEventKind.ADDRESS_LOCKED, clientAddress, now);
    }

    private LockState lockState(String subjectClause, SecurityEventKind lockKind, String subject, Instant now) {
        Duration lockTime = Duration.ofMinutes(settings.number(SettingKey.LOCKOUT_MINUTES));
        Instant lockedAt = latest(subjectClause, lockKind, subject, now);
        Instant unlockedAt = latest(subjectClause, SecurityEventKind.UNLOCKED, subject, now);
        boolean locked = lockedAt != null && lockedAt.plus(lockTime).isAfter(now)
                && (unlockedAt == null || unlockedAt.isBefore(lockedAt));
        // A lock or an unlock starts the count again, so failures before it never count twice; and what was tried
        // while locked (refused anyway) does not count toward the next lock once this one has run out.
        Instant countFrom = latestOf(now.minus(lockTime), locked ? lockedAt : lockedAt == null ? null
                : lockedAt.plus(lockTime), unlockedAt);
        long failures = em.createQuery("select count(e) from SecurityEvent e where " + subjectClause
                        + " and e.kind in (:signInFailed, :signatureFailed)"
                        + " and e.occurredAt > :from and e.occurredAt <= :now", Long.class)
                .setParameter("subject", subject)
                .setParameter("now", now)
                // Two parameters, not one bound to a list: Hibernate translates a query with a list parameter anew
                // at every execution (InList), and this one runs at every sign-in.
                .setParameter("signInFailed", SecurityEventKind.SIGN_IN_FAILED)
                .setParameter("signatureFailed", SecurityEventKind.SIGNATURE_FAILED)
                .setParameter("from", countFrom)
                .getSingleResult();
        return new LockState(locked, locked ? lockedAt.plus(lockTime) : null, failures);
    }

    /** The latest event of {@code kind} up to {@code now}: what the company clock says has happened. */
    private Instant latest(String subjectClause, SecurityEventKind kind, String subject, Instant now) {
        return em.createQuery("select max(e.occurredAt) from SecurityEvent e where " + subjectClause
                        + " and e.kind = :kind and e.occurredAt <= :now", Instant.class)
                .setParameter("subject", subject).setParameter("kind", kind).setParameter("now", now)
                .getSingleResult();
    }

    private static Instant latestOf(Instant first, Instant... others) {
        Instant latest = first;
        for (Instant other : others) {
            if (other != null && other.isAfter(latest)) {
                latest = other;
            }
        }
        return latest;
    }

    /** Whether a user name or address is locked, until when, and how many failures count toward the next lock. */
    public record LockState(boolean isLocked, Instant until, long failures) {
    }
}
