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
 * The outbox's bookkeeping, for the mail and for the group robots' messages alike ({@link Channel}), each step in its own transaction so that a mail sent is recorded at once:
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

    /**
     * The ways a notice goes out, each kept in its own columns: the mail, and the group robot's message, which is
     * first due with the mail and then keeps its own retry time.
     */
    public enum Channel {
        // A failed mail moves the mail's due time on; the chat message, due with the mail until then, keeps the
        // time it had, so a relay that is down delays no robot.
        MAIL("mail", "n.mail.dueAt", "n.mail.dueAt", ", n.chat.retryAt = coalesce(n.chat.retryAt, n.mail.dueAt)"),
        CHAT("chat", "coalesce(n.chat.retryAt, n.mail.dueAt)", "n.chat.retryAt", "");

        final String path;
        final String due;
        final String retry;
        final String onRetry;

        Channel(String path, String due, String retry, String onRetry) {
            this.path = path;
            this.due = due;
            this.retry = retry;
            this.onRetry = onRetry;
        }

        /** The JPQL with {c} standing for the channel's columns ({@code n.mail}, {@code n.chat}), {due} and {retry} for its times. */
        String jpql(String template) {
            return template.replace("{c}", "n." + path).replace("{due}", due).replace("{retry}", retry)
                    .replace("{onRetry}", onRetry);
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

    public List<Long> due(Kind kind, Channel channel, int limit) {
        Instant now = clock.instant();
        return em.createQuery(channel.jpql("select n.id from " + kind.entityName() + " n where {c}.sentAt is null"
                        + " and {due} <= :now and ({c}.claimedUntil is null or {c}.claimedUntil < :now)"
                        + " order by {due}"), Long.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /**
     * Records every due, unclaimed notice of the kind as settled without being sent, with why (no group robot at
     * all): one statement instead of a claim and a record for each.
     */
    public int settleAllDue(Kind kind, Channel channel, String note) {
        Instant now = clock.instant();
        return em.createQuery(channel.jpql("update " + kind.entityName() + " n set {c}.sentAt = :now, {c}.error = :note"
                        + " where {c}.sentAt is null and {due} <= :now"
                        + " and ({c}.claimedUntil is null or {c}.claimedUntil < :now)"))
                .setParameter("now", now).setParameter("note", note).executeUpdate();
    }

    /** Claims the notice for this sender and writes its letter; null if another sender has it or it went. */
    public Letter claim(Kind kind, Channel channel, Long id) {
        Instant now = clock.instant();
        int claimed = em.createQuery(channel.jpql("update " + kind.entityName() + " n set {c}.claimedUntil = :until"
                        + " where n.id = :id and {c}.sentAt is null"
                        + " and ({c}.claimedUntil is null or {c}.claimedUntil < :now)"))
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

    public void sent(Kind kind, Channel channel, Long id, String note) {
        em.createQuery(channel.jpql("update " + kind.entityName() + " n set {c}.sentAt = :now, {c}.claimedUntil = null,"
                        + " {c}.attempts = {c}.attempts + 1, {c}.error = :note where n.id = :id"))
                .setParameter("now", clock.instant()).setParameter("note", note).setParameter("id", id)
                .executeUpdate();
    }

    /**
     * The relay refused or was away: try again later, five more minutes for every failure, at most an
     * hour, in working hours where the kind keeps to them.
     */
    public void failed(Kind kind, Channel channel, Long id, String why) {
        Instant now = clock.instant();
        int attemptsBefore = em.createQuery(channel.jpql("select {c}.attempts from " + kind.entityName()
                + " n where n.id = :id"), Integer.class).setParameter("id", id).getSingleResult();
        Duration wait = Duration.ofMinutes(5L * (attemptsBefore + 1));
        Instant later = now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
        Instant retry = kind.workingHoursOnly ? hours.nextOpen(later) : later;
        String error = why == null ? "?" : why.substring(0, Math.min(why.length(), 500));
        em.createQuery(channel.jpql("update " + kind.entityName() + " n set {retry} = :retry, {c}.claimedUntil = null,"
                        + " {c}.attempts = {c}.attempts + 1, {c}.error = :error{onRetry} where n.id = :id"))
                .setParameter("retry", retry).setParameter("error", error).setParameter("id", id).executeUpdate();
    }
}
