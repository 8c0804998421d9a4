package cn.kesu.model.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person who works complaints (用户): one department, one or several roles, a hashed password.
 * Users are never deleted, only disabled, because signatures and the audit trail refer to them.
 * Every change to a user and their roles is kept in the audit history with who and when; the password
 * hash is not, so the history holds nothing a password could be guessed from.
 */
@Entity
@Audited
@Table(name = "app_user")
@NamedQuery(name = AppUser.BY_USERNAME, query = "select u from AppUser u where u.username = :username")
@NamedQuery(name = AppUser.ALL, query = "select u from AppUser u order by u.department, u.username")
public class AppUser implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_USERNAME = "AppUser.byUsername";
    public static final String ALL = "AppUser.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 50)
    private String username;

    @Column(name = "full_name", nullable = false, length = 100)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Department department;

    /** Null for a directory account, whose password only the company directory knows. */
    @NotAudited
    @Column(name = "password_hash", length = 300)
    private String passwordHash;

    /** 目录账号: signs in with the company directory's password (LDAP / AD), chosen when the account is made. */
    @Column(name = "directory_account", nullable = false, updatable = false)
    private boolean directoryAccount;

    /** Set by the first administrator's creation and by an administrator's reset: the next sign-in must choose a new one. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /** Sessions signed in before this instant end at their next request. */
    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;

    @Column(nullable = false)
    private boolean enabled = true;

    @NotAudited
    @Column(nullable = false, length = 10)
    private String locale = UserLocale.ZH_CN.tag();

    @Column(length = 200)
    private String email;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String fullName, Department department, String email, String passwordHash,
                   Collection<Role> roles, Instant createdAt) {
        this.username = username;
        this.fullName = fullName;
        this.department = department;
        this.email = email;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        assignRoles(roles);
    }

    /**
     * 目录账号: an account whose password is checked by the company directory. It has no password here, so it
     * never has to change one.
     */
    public static AppUser directoryAccount(String username, String fullName, Department department, String email,
                                           Collection<Role> roles, Instant createdAt) {
        AppUser user = new AppUser(username, fullName, department, email, null, roles, createdAt);
        user.directoryAccount = true;
        return user;
    }

    /** Replaces the roles; a user without any role could log in to nothing, so at least one is required. */
    public void assignRoles(Collection<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("a user holds at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public void disable(Instant now) {
        enabled = false;
        endSessions(now);
    }

    public void enable() {
        enabled = true;
    }

    /** The user chose a new password themselves. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
    }

    /**
     * An administrator set a password: the administrator knows it, so the user must replace it at the next
     * sign-in, and any session the user has open ends.
     */
    public void resetPassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
        endSessions(now);
    }

    /** The next sign-in must choose a new password (the first administrator, whose password was handed over). */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /** Ends every session signed in before {@code now} (roles changed, disabled, password reset). */
    public void endSessions(Instant now) {
        this.sessionsValidFrom = now;
    }

    /** True when a session signed in at {@code signedInAt} may go on: enabled, and not ended since. */
    public boolean acceptsSessionFrom(Instant signedInAt) {
        return enabled && (sessionsValidFrom == null || signedInAt.isAfter(sessionsValidFrom));
    }

    public void changeProfile(String newFullName, Department newDepartment, String newEmail) {
        this.fullName = newFullName;
        this.department = newDepartment;
        this.email = newEmail;
    }

    public void preferLocale(UserLocale userLocale) {
        this.locale = userLocale.tag();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public Department getDepartment() {
        return department;
    }

    public boolean isDirectoryAccount() {
        return directoryAccount;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public UserLocale getLocale() {
        return UserLocale.ofTag(locale);
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }
}
