package cn.kesu.infrastructure.demo;

import cn.kesu.infrastructure.security.PasswordHashing;
import cn.kesu.model.user.AppUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/** The demo users of {@link DemoUser#ALL} that are missing, added in one transaction of their own. */
@Stateless
public class DemoUsers {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    Clock clock;

    public void addMissing() {
        String hash = null;
        for (DemoUser demo : DemoUser.ALL) {
            if (exists(demo.username())) {
                continue;
            }
            // One hash for the shared, published demo password keeps start-up fast; real users each get their own salt.
            if (hash == null) {
                hash = passwordHashing.hashPublishedDemoPassword(DemoUser.PASSWORD.toCharArray());
            }
            em.persist(new AppUser(demo.username(), demo.fullName(), demo.department(),
                    demo.username() + "@kesu.local", hash, Set.of(demo.role()), clock.instant()));
        }
    }

    /** Usernames of the users who are not demo users, at most a few. */
    public List<String> realUsers() {
        return em.createQuery("select u.username from AppUser u where u.username not in :demo order by u.username",
                        String.class)
                .setParameter("demo", DemoUser.ALL.stream().map(DemoUser::username).toList())
                .setMaxResults(5).getResultList();
    }

    private boolean exists(String username) {
        return !em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", username).getResultList().isEmpty();
    }
}
