package cn.kesu.infrastructure.demo;

import cn.kesu.business.api.clients.ApiSecrets;
import cn.kesu.infrastructure.security.PasswordHashing;
import cn.kesu.model.api.ApiClient;
import cn.kesu.model.api.ApiScope;
import cn.kesu.model.user.AppUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The demo users of {@link DemoUser#ALL} that are missing, and the demo's API client ({@link #API_TOKEN}), added in
 * one transaction of their own.
 */
@Stateless
public class DemoUsers {

    /** The demo API client's published token (README's curl example): intake and read, 600 calls a minute. */
    public static final String API_TOKEN = "demo-crm.kesu-demo-token-2026";
    private static final String API_CLIENT = "demo-crm";

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
        if (em.createNamedQuery(ApiClient.BY_KEY, ApiClient.class).setParameter("key", API_CLIENT).getResultList().isEmpty()) {
            String secret = API_TOKEN.substring(API_CLIENT.length() + 1);
            em.persist(new ApiClient(API_CLIENT, "演示 CRM（demo）", EnumSet.allOf(ApiScope.class), 600,
                    ApiSecrets.hash(secret), clock.instant(), "demo"));
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
