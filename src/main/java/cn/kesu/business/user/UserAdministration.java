package cn.kesu.business.user;

import cn.kesu.infrastructure.security.PasswordHashing;
import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.Roles;
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
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * 用户管理: the IT administrator creates users, assigns roles and disables accounts. Only {@code admin}
 * may call it; administrators take no case actions, so nothing here touches complaints.
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

    public List<AppUser> listUsers() {
        return em.createNamedQuery(AppUser.ALL, AppUser.class).getResultList();
    }

    public AppUser createUser(@NotNull @Valid NewUser newUser) {
        if (findByUsername(newUser.username()) != null) {
            throw new UsernameTakenException(newUser.username());
        }
        AppUser user = new AppUser(newUser.username(), newUser.fullName().strip(), newUser.department(),
                blankToNull(newUser.email()), passwordHashing.hash(newUser.initialPassword().toCharArray()),
                newUser.roles(), clock.instant());
        em.persist(user);
        return user;
    }

    public AppUser assignRoles(@NotNull Long userId, @NotEmpty Set<Role> roles) {
        AppUser user = load(userId);
        if (isCaller(user) && !roles.contains(Role.ADMIN)) {
            throw new OwnAccountException(user.getUsername());
        }
        user.assignRoles(roles);
        return user;
    }

    public AppUser disable(@NotNull Long userId) {
        AppUser user = load(userId);
        if (isCaller(user)) {
            throw new OwnAccountException(user.getUsername());
        }
        user.disable();
        return user;
    }

    public AppUser enable(@NotNull Long userId) {
        AppUser user = load(userId);
        user.enable();
        return user;
    }

    public AppUser resetPassword(@NotNull Long userId,
                                 @NotNull @Size(min = 8, max = 128, message = "{user.password.size}") String newPassword) {
        AppUser user = load(userId);
        user.changePasswordHash(passwordHashing.hash(newPassword.toCharArray()));
        return user;
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
        return user.getUsername().equals(session.getCallerPrincipal().getName());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
