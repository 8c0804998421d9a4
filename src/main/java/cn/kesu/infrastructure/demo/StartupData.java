package cn.kesu.infrastructure.demo;

import cn.kesu.business.deadline.ReminderScan;
import cn.kesu.infrastructure.security.FirstAdministrator;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Demo data, only with the explicit demo switch ({@link FirstAdministrator#demoMode()}): the demo users that
 * are missing and, on an empty database, demo catalogs and about 30 cases. Without the switch nothing
 * happens here; {@link FirstAdministrator} makes sure somebody can sign in. Runs outside a transaction:
 * the users commit first, then each step of the demo's history commits on its own, as from a screen.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class StartupData {

    @PersistenceContext
    EntityManager em;

    @EJB
    DemoUsers demoUsers;

    @Inject
    DemoCases demoCases;

    @EJB
    ReminderScan reminderScan;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!FirstAdministrator.demoMode()) {
            return;
        }
        demoUsers.addMissing();
        if (em.createQuery("select count(c) from Customer c", Long.class).getSingleResult() == 0) {
            try {
                demoCases.load();
            } catch (Exception e) {
                throw new IllegalStateException("客诉: the demo cases could not be built", e);
            }
            // The demo's overdue steps get their 催办单 at once rather than at the timer's next quarter hour.
            reminderScan.issueReminders();
        }
    }
}
