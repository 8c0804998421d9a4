package cn.kesu.business.user;

import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.UserLocale;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.Optional;

/**
 * The signed-in user's own account: who they are and the language they chose. Any signed-in user
 * may call it, and it only ever reads or changes the caller's own record.
 */
@Stateless
@PermitAll
public class UserAccount {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** The caller's user record; empty for an anonymous caller. */
    public Optional<AppUser> current() {
        String name = session.getCallerPrincipal().getName();
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", name)
                .getResultStream().findFirst();
    }

    public void preferLocale(@NotNull UserLocale locale) {
        current().ifPresent(user -> user.preferLocale(locale));
    }
}
