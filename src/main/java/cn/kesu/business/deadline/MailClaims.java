package cn.kesu.business.deadline;

import cn.kesu.model.deadline.Investigation;
import cn.kesu.model.deadline.Reminder;
import cn.kesu.model.deadline.SeverityNotice;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outbox's bookkeeping, each step in its own transaction so that a mail sent is recorded at once:
 * which notices are due, claiming one (only one sender may hold it; a claim lapses after ten minutes, or the
 * site's {@link WorkPeriods#claim()}, so a sender that died does not strand it), and recording the relay's answer. Updates go by query,
 * not through the entity, so they never collide with a user acknowledging the same reminder.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailClaims {

    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    /**
     * The kinds of notice that carry a {@code MailDelivery}, and whether their mail keeps to working
     * hours: a 重大客诉通报 does not, since the gm must hear of a major case within 24 hours.
     */
    public enum Kind {
        REMINDER(Reminder.class, true), INVESTIGATION(Investigation.class, true), SEVERITY(SeverityNotice.class, false);

        final Class<?> entity;
        final boolean workingHoursOnly;

        Kind(Class<?> entity, boolean workingHoursOnly) {
            this.entity = entity;
            this.workingHoursOnly = workingHoursOnly;
        }

        String entityName() {
            return entity.getSimpleName();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Letters letters;

    @Inject
    WorkingHours hours;

    @Inject
    Clock clock;

    @Inject
    WorkPeriods periods;

    public List<Long> due(Kind kind, int limit) {
        Instant now = clock.instant();
        return em.createQuery("select n.id from " + kind.entityName() + " n where n.mail.sentAt is null"
                        + " and n.mail.dueAt <= :now and (n.mail.claimedUntil is null or n.mail.claimedUntil < :now)"
                        + " order by n.mail.dueAt", Long.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** Claims the notice for this sender and writes its letter; null if another sender has it or it went. */
    public Letter claim(Kind kind, Long id) {
        Instant now = clock.instant();
        int claimed = em.createQuery("update " + kind.entityName() + " n set n.mail.claimedUntil = :until"
                        + " where n.id = :id and n.mail.sentAt is null"
                        + " and (n.mail.claimedUntil is null or n.mail.claimedUntil < :now)")
                .setParameter("until", now.plus(periods.claim())).setParameter("id", id).setParameter("now", now)
                .executeUpdate();
        if (claimed == 0) {
            return null;
        }
        return switch (kind) {
            case REMINDER -> letters.of(em.find(Reminder.class, id));
            case INVESTIGATION -> letters.of(em.find(Investigation.class, id));
            case SEVERITY -> letters.of(em.find(SeverityNotice.class, id));
        };
    }

    public void sent(Kind kind, Long id, String note) {
        em.createQuery("update " + kind.entityName() + " n set n.mail.sentAt = :now, n.mail.claimedUntil = null,"
                        + " n.mail.attempts = n.mail.attempts + 1, n.mail.error = :note where n.id = :id")
                .setParameter("now", clock.instant()).setParameter("note", note).setParameter("id", id)
                .executeUpdate();
    }

    /**
     * The relay refused or was away: try again later, five more minutes for every failure, at most an
     * hour, in working hours where the kind keeps to them.
     */
    public void failed(Kind kind, Long id, String why) {
        Instant now = clock.instant();
        int attemptsBefore = em.createQuery("select n.mail.attempts from " + kind.entityName() + " n where n.id = :id",
                Integer.class).setParameter("id", id).getSingleResult();
        Duration wait = Duration.ofMinutes(5L * (attemptsBefore + 1));
        Instant later = now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
        Instant retry = kind.workingHoursOnly ? hours.nextOpen(later) : later;
        String error = why == null ? "?" : why.substring(0, Math.min(why.length(), 500));
        em.createQuery("update " + kind.entityName() + " n set n.mail.dueAt = :retry, n.mail.claimedUntil = null,"
                        + " n.mail.attempts = n.mail.attempts + 1, n.mail.error = :error where n.id = :id")
                .setParameter("retry", retry).setParameter("error", error).setParameter("id", id).executeUpdate();
    }
}
