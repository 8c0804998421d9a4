package cn.kesu.support;

import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.SecurityEventKind;
import jakarta.persistence.EntityManager;

/** What the sign-in tests read back: a user's row and how many security events of a kind name them. */
public final class SecurityRecords {

    private SecurityRecords() {
    }

    public static long events(EntityManager em, String name, SecurityEventKind kind) {
        return em.createQuery("select count(e) from SecurityEvent e where e.username = :name and e.kind = :kind", Long.class)
                .setParameter("name", name).setParameter("kind", kind).getSingleResult();
    }

    public static AppUser user(EntityManager em, String name) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", name).getSingleResult();
    }
}
