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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reminder scan (催办) the timer runs: finds overdue open steps and overdue open cases with two
 * indexed queries that return only the few columns a reminder needs (never whole cases), and writes one
 * 催办单 for each. A reminder is keyed by what it is about and the reminder period (one day by
 * default); the database's unique key on that pair, with {@code on conflict do nothing}, is what makes
 * a second scan in the same period — on this node or another, at the same moment or later — add
 * nothing. When the reminders since the step's last answered one reach the configured number (three)
 * unanswered, the next one is an escalation to the gm. Step and case reminders go to the department of the current
 * stay: at execution that is the department a document waits for (issue 15, item 2). A promise to the customer not
 * kept by its time goes to business, which keeps it, and an 8D action not done by its time to the department that
 * owns it, even after the case closed (issue 14).
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
            + " mail_attempts, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0) on conflict do nothing";

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
        int interval = settings.days(SettingKey.REMINDER_INTERVAL_DAYS);
        long bucket = now.atZone(zone).toLocalDate().toEpochDay() / interval;
        Instant periodStart = LocalDate.ofEpochDay(bucket * interval).atStartOfDay(zone).toInstant();
        Instant periodEnd = LocalDate.ofEpochDay((bucket + 1) * interval).atStartOfDay(zone).toInstant();
        List<Overdue> steps = toRemind(STEPS_TO_REMIND, now, periodStart, periodEnd).getResultList();
        List<Overdue> cases = toRemind(OVERDUE_CASES, now, periodStart, periodEnd)
                .setParameter("kind", ReminderKind.CASE).getResultList();
        List<Overdue> promises = toRemind(OVERDUE_PROMISES, now, periodStart, periodEnd).getResultList();
        List<Overdue> actions = toRemind(OVERDUE_ACTIONS, now, periodStart, periodEnd).getResultList();
        if (steps.isEmpty() && cases.isEmpty() && promises.isEmpty() && actions.isEmpty()) {
            return 0;
        }
        int escalateAfter = settings.days(SettingKey.REMINDER_ESCALATE_AFTER);
        Instant mailAt = hours.nextOpen(now);
        int[] issued = {0};
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Overdue overdue : steps) {
                    bind(insert, ReminderKind.STEP, overdue, bucket, now, escalateAfter, mailAt);
                }
                for (Overdue overdue : cases) {
                    bind(insert, ReminderKind.CASE, overdue, bucket, now, escalateAfter, mailAt);
                }
                for (Overdue overdue : promises) {
                    bind(insert, ReminderKind.PROMISE, overdue, bucket, now, escalateAfter, mailAt);
                }
                for (Overdue overdue : actions) {
                    bind(insert, ReminderKind.ACTION, overdue, bucket, now, escalateAfter, mailAt);
                }
                for (int count : insert.executeBatch()) {
                    // Drivers may answer "succeeded, count unknown" (-2) for a batched row.
                    issued[0] += count == PreparedStatement.SUCCESS_NO_INFO ? 1 : count;
                }
            }
            number(connection, now);
        });
        return issued[0];
    }

    /**
     * Gives the reminders this scan added their day's serials, in id order. Only this transaction's rows can
     * lack one (every scan numbers its own before it commits, and the day's serial row is locked meanwhile), so
     * a conflicting insert that added nothing consumes no number.
     */
    private void number(Connection connection, Instant now) throws SQLException {
        List<Long> added = new ArrayList<>();
        try (PreparedStatement unnumbered = connection.prepareStatement(
                "select id from reminder where day_serial is null order by id");
             ResultSet rows = unnumbered.executeQuery()) {
            while (rows.next()) {
                added.add(rows.getLong(1));
            }
        }
        if (added.isEmpty()) {
            return;
        }
        int serial = serials.take(NoticeSerials.Kind.CB, now, clock.getZone(), added.size());
        // One update for each run of consecutive ids, the serial following the id (a scan's rows are one run unless
        // another insert came between): one update for each row took 658 ms of a 1.7 s scan of 10,000 reminders.
        try (PreparedStatement numbered = connection.prepareStatement(
                "update reminder set day_serial = id + ? where id between ? and ?")) {
            for (IdRun run : IdRun.of(added)) {
                numbered.setLong(1, serial + run.offset() - run.first());
                numbered.setLong(2, run.first());
                numbered.setLong(3, run.last());
                numbered.addBatch();
            }
            numbered.executeBatch();
        }
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

    private static void bind(PreparedStatement insert, ReminderKind kind, Overdue overdue, long bucket, Instant now,
                             int escalateAfter, Instant mailAt) throws java.sql.SQLException {
        insert.setString(1, kind.name());
        insert.setString(2, overdue.target());
        insert.setLong(3, bucket);
        insert.setLong(4, overdue.complaintId());
        setId(insert, 5, overdue.stepRecordId());
        insert.setString(6, overdue.step().name());
        insert.setString(7, overdue.department().name());
        insert.setTimestamp(8, Timestamp.from(overdue.dueAt()));
        insert.setTimestamp(9, Timestamp.from(now));
        insert.setInt(10, overdue.reminders().intValue() + 1);
        insert.setBoolean(11, overdue.unanswered() >= escalateAfter);
        insert.setTimestamp(12, Timestamp.from(mailAt));
        setId(insert, 13, overdue.promiseId());
        setId(insert, 14, overdue.actionId());
        insert.addBatch();
    }

    private static void setId(PreparedStatement insert, int index, Long id) throws SQLException {
        if (id == null) {
            insert.setNull(index, Types.BIGINT);
        } else {
            insert.setLong(index, id);
        }
    }
}
