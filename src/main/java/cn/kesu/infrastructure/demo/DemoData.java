package cn.kesu.infrastructure.demo;

import cn.kesu.business.deadline.ReminderScan;
import cn.kesu.infrastructure.security.FirstAdministrator;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the demo, only with the explicit demo switch and never into a database that holds real users:
 * their passwords would sit beside the demo users' published one, and their cases beside made-up ones.
 * Outside a transaction: the users commit first, then each step of the demo's history commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** What {@link #load()} did. */
    public enum Outcome { OFF, REFUSED, USERS, USERS_AND_CASES }

    @PersistenceContext
    EntityManager em;

    @EJB
    DemoUsers demoUsers;

    @Inject
    DemoCases demoCases;

    @EJB
    ReminderScan reminderScan;

    public Outcome load() {
        if (!FirstAdministrator.demoMode()) {
            return Outcome.OFF;
        }
        List<String> real = demoUsers.realUsers();
        if (!real.isEmpty()) {
            LOG.severe(() -> "客诉: the demo switch is on, but the database holds " + real.size()
                    + " users who are not demo users (e.g. " + real.get(0) + "); no demo users or data loaded."
                    + " Start without kesu.demo / KESU_DEMO, or point the server at an empty database.");
            return Outcome.REFUSED;
        }
        demoUsers.addMissing();
        if (em.createQuery("select count(c) from Customer c", Long.class).getSingleResult() > 0) {
            return Outcome.USERS;
        }
        try {
            demoCases.load();
        } catch (Exception e) {
            throw new IllegalStateException("客诉: the demo cases could not be built", e);
        }
        // The demo's overdue steps get their 催办单 at once rather than at the timer's next quarter hour.
        reminderScan.issueReminders();
        return Outcome.USERS_AND_CASES;
    }
}
