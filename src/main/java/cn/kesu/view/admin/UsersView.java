package cn.kesu.view.admin;

import cn.kesu.business.user.NewUser;
import cn.kesu.business.user.UserAdministration;
import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.SecurityEvent;
import cn.kesu.view.Feedback;
import cn.kesu.business.common.RuleViolation;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Backing bean of {@code app/admin/users.xhtml} (用户管理). */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration administration;

    @Inject
    Feedback feedback;

    private transient List<AppUser> users;
    private transient List<UserAdministration.Lock> locks;
    private transient List<SecurityEvent> events;

    /** How many of the latest failures, locks and unlocks the page lists. */
    private static final int EVENTS_SHOWN = 100;

    private String username;
    private String fullName;
    private Department department;
    private Role[] roles;
    private String email;
    private String initialPassword;
    private boolean directoryAccount;

    private Long selectedId;
    private Role[] selectedRoles;
    private String newPassword;

    public List<AppUser> getUsers() {
        if (users == null) {
            users = administration.listUsers();
        }
        return users;
    }

    public List<UserAdministration.Lock> getLocks() {
        if (locks == null) {
            locks = administration.locks();
        }
        return locks;
    }

    public List<SecurityEvent> getEvents() {
        if (events == null) {
            events = administration.securityEvents(EVENTS_SHOWN);
        }
        return events;
    }

    public void unlock(UserAdministration.Lock lock) {
        try {
            if (lock.isUser()) {
                administration.unlockUser(lock.subject());
            } else {
                administration.unlockAddress(lock.subject());
            }
            feedback.info("users.unlocked", lock.subject());
            locks = null;
            events = null;
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            feedback.refused(refusal);
        }
    }

    public void create() {
        boolean created = perform(() -> administration.createUser(new NewUser(username, fullName, department,
                asSet(roles), email, directoryAccount ? null : initialPassword, directoryAccount)), "users.created");
        if (created) {
            username = fullName = email = initialPassword = null;
            directoryAccount = false;
            department = null;
            roles = null;
        }
    }

    public void disable(Long userId) {
        perform(() -> administration.disable(userId), "users.disabledDone");
    }

    public void enable(Long userId) {
        perform(() -> administration.enable(userId), "users.enabledDone");
    }

    public void select(AppUser user) {
        selectedId = user.getId();
        selectedRoles = user.getRoles().toArray(Role[]::new);
        newPassword = null;
    }

    public void saveRoles() {
        perform(() -> administration.assignRoles(selectedId,
                asSet(selectedRoles)), "users.rolesSaved");
    }

    public void resetPassword() {
        perform(() -> administration.resetPassword(selectedId, newPassword), "users.passwordReset");
        newPassword = null;
    }

    private boolean perform(Supplier<AppUser> action, String doneKey) {
        try {
            AppUser user = action.get();
            feedback.info(doneKey, user.getUsername());
            users = null;
            return true;
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            feedback.refused(refusal);
            return false;
        }
    }

    private static Set<Role> asSet(Role[] chosen) {
        return chosen == null || chosen.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(chosen));
    }

    public Department[] getDepartments() {
        return Department.values();
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public Department getDepartment() { return department; }
    public void setDepartment(Department department) { this.department = department; }
    public Role[] getRoles() { return roles; }
    public void setRoles(Role[] roles) { this.roles = roles; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isDirectoryAccount() { return directoryAccount; }
    public void setDirectoryAccount(boolean directoryAccount) { this.directoryAccount = directoryAccount; }
    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }
    public Long getSelectedId() { return selectedId; }
    public Role[] getSelectedRoles() { return selectedRoles; }
    public void setSelectedRoles(Role[] selectedRoles) { this.selectedRoles = selectedRoles; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
