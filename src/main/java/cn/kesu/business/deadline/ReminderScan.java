package cn.kesu.business.deadline;

import cn.kesu.business.calendar.WorkingCalendar;
import cn.kesu.business.common.NoticeSerials;
import cn.kesu.business.settings.Settings;
import cn.kesu.model.deadline.ReminderKind;
import cn.kesu.model.settings.SettingKey;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The reminder scan (催办) the timer runs: finds overdue open steps and overdue open cases with two
 * indexed queries that return only the few columns a reminder needs (never whole cases), and writes one
 * 催办单 for each. A reminder is keyed by what it is about and the reminder period (one day by
 * default). A scan holds the day's 催办单 serial row locked from before its queries to its commit, so scans on
 * several nodes take turns, and each leaves out what already has a reminder in the period: a second scan in the
 * same period — on this node or another, at the same moment or later — adds nothing. The database's unique key on
 * what and period, with {@code on conflict do nothing}, guards that too. When the reminders since the step's last
 * answered one reach the configured number (three) unanswered, the next one is an escalation to the gm. Step and
 * case reminders go to the department of the current stay: at execution that is the department a document waits
 * for (issue 15, item 2). A promise to the customer not kept by its time goes to business, which keeps it, and an
 * 8D action not done by its time to the department that owns it, even after the case closed (issue 14).
 */
@Stateless
@PermitAll
public class ReminderScan {

    static final String OVERDUE_STEPS = "select new cn.kesu.business.deadline.Overdue(s.complaint.id, s.id, s.step,"
            + " s.holderDepartment, s.dueAt," + reminderCounts("%s.stepRecordId = s.id") + ")"
            + " from StepRecord s where s.finishedAt is null and s.dueAt < :now and s.pausedSince is null";

    /** The overdue steps the scan reminds: those without a reminder in this period yet. */
    private static final String STEPS_TO_REMIND = OVERDUE_STEPS + notRemindedInPeriod("%s.stepRecordId = s.id");

    static final String OVERDUE_CASES = "select new cn.kesu.business.deadline.Overdue(c.id, null, c.currentStep,"
            + " (select s.holderDepartment from StepRecord s where s.complaint = c and s.finishedAt is null), c.caseDueAt,"
            + reminderCounts("%1$s.complaint = c and %1$s.kind = :kind") + ")"
            + " from Complaint c where c.closedAt is null and c.caseDueAt < :now and c.casePausedSince is null"
            + notRemindedInPeriod("%1$s.complaint = c and %1$s.kind = :kind");

    /**
     * The promises to the customer not kept by their time while the case is open (a closing lapses those still open):
     * reminders to business.
     */
    static final String OVERDUE_PROMISES = "select new cn.kesu.business.deadline.Overdue(c.id, null, c.currentStep,"
            + " cn.kesu.model.user.Department.BUSINESS, p.dueAt," + reminderCounts("%s.promise = p") + ", p.id, null)"
            + " from CustomerPromise p join p.complaint c where p.keptAt is null and p.lapsedAt is null"
            + " and p.dueAt < :now" + notRemindedInPeriod("%s.promise = p");

    /** The 8D actions not done by their time while the 8D is open, the case closed or not: to the owner. */
    static final String OVERDUE_ACTIONS = "select new cn.kesu.business.deadline.Overdue(c.id, null, c.currentStep,"
            + " x.owner, x.dueAt," + reminderCounts("%s.action = x") + ", null, x.id)"
            + " from ImprovementAction x join x.complaint c where x.done.at is null and x.dueAt < :now"
            + " and x.eightD.closed.at is null" + notRemindedInPeriod("%s.action = x");

    private static final String INSERT = "insert into reminder (kind, target, day_bucket, complaint_id, step_record_id,"
            + " step, holder_department, due_at, issued_at, sequence_no, escalated, mail_due_at, promise_id, action_id,"
            + " day_serial, mail_attempts, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"
            + " on conflict do nothing";

    /**
     * The two counts every overdue thing's reminder needs, as JPQL select items: how many reminders it had, and how
     * many of them are unanswered since its last answered one (the escalation rule). {@code about} says which
     * reminders are its own, with {@code %s} where the reminder's alias goes.
     */
    private static String reminderCounts(String about) {
        return " (select count(r) from Reminder r where " + about.formatted("r") + "),"
                + " (select count(r) from Reminder r where " + about.formatted("r") + " and r.reply.at is null"
                + "   and r.id > coalesce((select max(a.id) from Reminder a where " + about.formatted("a")
                + "   and a.reply.at is not null), 0))";
    }

    /**
     * The condition that what {@code about} names (with {@code %s} where the reminder's alias goes) has no reminder
     * issued in the period from {@code :periodStart} to {@code :periodEnd}. The unique key on target and period
     * already keeps a second reminder out, but only at the insert: without this, every scan after the first of a
     * period (every quarter of an hour, on every node) counted the reminders of each overdue thing and sent an
     * insert for each, to add nothing (0.6–1.0 s for 10,000 overdue steps).
     */
    private static String notRemindedInPeriod(String about) {
        return " and not exists (select r.id from Reminder r where " + about.formatted("r")
                + " and r.issuedAt >= :periodStart and r.issuedAt < :periodEnd)";
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    WorkingHours hours;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    NoticeSerials serials;

    /**
     * Issues the reminders due now; returns how many this scan added. Only on working days of the
     * company's calendar: a weekend or holiday issues none, so none counts toward an escalation either.
     */
    public int issueReminders() {
        Instant now = clock.instant();
        if (!calendar.isWorkingDay(now.atZone(clock.getZone()).toLocalDate())) {
            return 0;
        }
        withoutJit();
        ZoneId zone = clock.getZone();
        // The day's serial row is locked first, for the rest of the transaction: scans on two nodes at once queue
        // here, and the queries below then see every reminder an earlier scan of the period committed. So what they
        // find has no reminder yet, and each row gets its serial in the insert: numbering the rows after it took a
        // third of a scan of 10,000 reminders.
        int first = serials.take(NoticeSerials.Kind.CB, now, zone, 0);
        int interval = settings.days(SettingKey.REMINDER_INTERVAL_DAYS);
        long bucket = now.atZone(zone).toLocalDate().toEpochDay() / interval;
        Instant periodStart = LocalDate.ofEpochDay(bucket * interval).atStartOfDay(zone).toInstant();
        Instant periodEnd = LocalDate.ofEpochDay((bucket + 1) * interval).atStartOfDay(zone).toInstant();
        List<Overdue> steps = toRemind(STEPS_TO_REMIND, now, periodStart, periodEnd).getResultList();
        List<Overdue> cases = toRemind(OVERDUE_CASES, now, periodStart, periodEnd)
                .setParameter("kind", ReminderKind.CASE).getResultList();
        List<Overdue> promises = toRemind(OVERDUE_PROMISES, now, periodStart, periodEnd).getResultList();
        List<Overdue> actions = toRemind(OVERDUE_ACTIONS, now, periodStart, periodEnd).getResultList();
        int rows = steps.size() + cases.size() + promises.size() + actions.size();
        if (rows == 0) {
            return 0;
        }
        ScanBatch batch = new ScanBatch(bucket, now, settings.days(SettingKey.REMINDER_ESCALATE_AFTER), hours.nextOpen(now),
                first);
        int[] issued = {0};
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                batch.bind(insert, ReminderKind.STEP, steps);
                batch.bind(insert, ReminderKind.CASE, cases);
                batch.bind(insert, ReminderKind.PROMISE, promises);
                batch.bind(insert, ReminderKind.ACTION, actions);
                for (int count : insert.executeBatch()) {
                    // Drivers may answer "succeeded, count unknown" (-2) for a batched row.
                    issued[0] += count == PreparedStatement.SUCCESS_NO_INFO ? 1 : count;
                }
            }
        });
        // Every serial bound is taken, even one whose row the unique key refused (which the lock and the queries
        // leave nothing to cause): a serial is never given twice.
        serials.take(NoticeSerials.Kind.CB, now, zone, rows);
        return issued[0];
    }

    /**
     * Turns PostgreSQL's JIT compiler off for the rest of the scan's transaction. The planner's estimate for the scan's
     * queries (the reminders counted for each overdue thing) is far above {@code jit_above_cost}: compiling the steps'
     * query took 300 ms of 344, and it ran in 9 ms without (10,022 overdue steps). H2 has no JIT.
     */
    private void withoutJit() {
        em.unwrap(Session.class).doWork(connection -> {
            if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local jit = off");
                }
            }
        });
    }

    private TypedQuery<Overdue> toRemind(String query, Instant now, Instant periodStart, Instant periodEnd) {
        return em.createQuery(query, Overdue.class).setParameter("now", now).setParameter("periodStart", periodStart)
                .setParameter("periodEnd", periodEnd);
    }

    /** The open, unpaused steps past their deadline at {@code now}, with their reminder counts. */
    public List<Overdue> overdueSteps(Instant now) {
        withoutJit();
        return em.createQuery(OVERDUE_STEPS, Overdue.class).setParameter("now", now).getResultList();
    }

    /** What every reminder of one scan shares, and the serial its next row gets. */
    private static final class ScanBatch {
        private final long bucket;
        private final Instant now;
        private final int escalateAfter;
        private final Instant mailAt;
        private int serial;

        ScanBatch(long bucket, Instant now, int escalateAfter, Instant mailAt, int firstSerial) {
            this.bucket = bucket;
            this.now = now;
            this.escalateAfter = escalateAfter;
            this.mailAt = mailAt;
            this.serial = firstSerial;
        }

        void bind(PreparedStatement insert, ReminderKind kind, List<Overdue> overdue) throws SQLException {
            for (Overdue one : overdue) {
                insert.setString(1, kind.name());
                insert.setString(2, one.target());
                insert.setLong(3, bucket);
                insert.setLong(4, one.complaintId());
                setId(insert, 5, one.stepRecordId());
                insert.setString(6, one.step().name());
                insert.setString(7, one.department().name());
                insert.setTimestamp(8, Timestamp.from(one.dueAt()));
                insert.setTimestamp(9, Timestamp.from(now));
                insert.setInt(10, one.reminders().intValue() + 1);
                insert.setBoolean(11, one.unanswered() >= escalateAfter);
                insert.setTimestamp(12, Timestamp.from(mailAt));
                setId(insert, 13, one.promiseId());
                setId(insert, 14, one.actionId());
                insert.setInt(15, serial++);
                insert.addBatch();
            }
        }
    }

    private static void setId(PreparedStatement insert, int index, Long id) throws SQLException {
        if (id == null) {
            insert.setNull(index, Types.BIGINT);
        } else {
            insert.setLong(index, id);
        }
    }
}
