package cn.kesu.business.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A run of one channel's outbox (mail or group robots): everything due, batch after batch, each notice claimed before
 * it goes and recorded right after, each step in its own transaction ({@link MailClaims}), until nothing is due, the
 * far end refuses a whole batch, or the run has taken {@link WorkPeriods#mailRunBudget()} — well inside the claims'
 * lifetime, so a long run never outlives its own claims; the next run carries on.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    private static final int BATCH = 200;

    @Inject
    MailClaims claims;

    @Inject
    WorkPeriods periods;

    /** How one notice went: out, settled without going (no recipient, no robot), or refused (retried later). */
    public sealed interface Outcome {
        /** Taken by the far end. */
        record Sent() implements Outcome {
        }

        /** Nothing to send it to; recorded with why, never retried. */
        record Settled(String note) implements Outcome {
        }

        /** Refused or unreachable; tried again later. */
        record Refused(String why) implements Outcome {
        }
    }

    /** Sends one letter; never throws: a failure is a {@link Outcome.Refused}. */
    @FunctionalInterface
    public interface Delivery {
        Outcome deliver(Letter letter);
    }

    /** Runs the channel's outbox; answers how many notices went out. */
    public int drain(MailClaims.Channel channel, Delivery delivery) {
        long deadline = System.nanoTime() + periods.mailRunBudget().toNanos();
        // The mail's log lines keep their words: an administrator's log watch (and the cluster check) look for them.
        String what = channel == MailClaims.Channel.MAIL ? "通知邮件" : "群机器人通知";
        int sent = 0;
        for (MailClaims.Kind kind : MailClaims.Kind.values()) {
            List<Long> due = claims.due(kind, channel, BATCH);
            if (!due.isEmpty()) {
                LOG.log(Level.INFO, "{0}: sending due {1} notices", new Object[]{what, kind});
            }
            while (!due.isEmpty() && System.nanoTime() < deadline) {
                int settled = 0;
                for (Long id : due) {
                    if (System.nanoTime() >= deadline) {
                        break; // a far end that answers slowly holds no run past its budget; the next run goes on
                    }
                    Letter letter = claims.claim(kind, channel, id);
                    if (letter == null) {
                        continue; // another sender has it
                    }
                    Outcome outcome = delivery.deliver(letter);
                    if (outcome instanceof Outcome.Refused refused) {
                        LOG.log(Level.WARNING, "{0} for {1} {2} not sent, will retry: {3}",
                                new Object[]{what, kind, id, refused.why()});
                        claims.failed(kind, channel, id, refused.why());
                        continue;
                    }
                    claims.sent(kind, channel, id, outcome instanceof Outcome.Settled s ? s.note() : null);
                    settled++;
                    if (outcome instanceof Outcome.Sent) {
                        sent++;
                    }
                }
                if (settled == 0) {
                    break; // the far end refuses, or other senders hold the rest: the next run tries again
                }
                due = claims.due(kind, channel, BATCH);
            }
        }
        if (sent > 0) {
            LOG.log(Level.INFO, "{0}: {1} sent", new Object[]{what, sent});
        }
        return sent;
    }
}
