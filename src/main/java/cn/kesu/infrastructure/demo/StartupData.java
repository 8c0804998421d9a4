package cn.kesu.infrastructure.demo;

import cn.kesu.business.deadline.ReminderScan;
import cn.kesu.infrastructure.security.FirstAdministrator;
import cn.kesu.infrastructure.security.PasswordHashing;
import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo data, only with the explicit demo switch ({@link FirstAdministrator#demoMode()}): the demo users that
 * are missing and, on an empty database, demo catalogs and about 30 cases. Without the switch nothing
 * happens here; {@link FirstAdministrator} makes sure somebody can sign in.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class StartupData {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    Clock clock;

    @Inject
    DemoCases demoCases;

    @EJB
    ReminderScan reminderScan;

    @PostConstruct
    void load() {
        if (!FirstAdministrator.demoMode()) {
            return;
        }
        addMissingDemoUsers();
        if (em.createQuery("select count(c) from Customer c", Long.class).getSingleResult() == 0) {
            demoCases.load();
            // The demo's overdue steps get their 催办单 at once rather than at the timer's next quarter hour.
            em.flush();
            reminderScan.issueReminders();
        }
    }

    private void addMissingDemoUsers() {
        String hash = null;
        for (DemoUser demo : DemoUser.ALL) {
            if (exists(demo.username())) {
                continue;
            }
            // One hash for the shared demo password keeps start-up fast; real users each get their own salt.
            if (hash == null) {
                hash = passwordHashing.hash(DemoUser.PASSWORD.toCharArray());
            }
            em.persist(new AppUser(demo.username(), demo.fullName(), demo.department(),
                    demo.username() + "@kesu.local", hash, Set.of(demo.role()), clock.instant()));
        }
    }

    private boolean exists(String username) {
        return !em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", username).getResultList().isEmpty();
    }
}
