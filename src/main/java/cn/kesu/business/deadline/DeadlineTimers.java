package cn.kesu.business.deadline;

import cn.kesu.infrastructure.time.ScheduledWork;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The timers of SPEC section 5. The shared ones live in the database timer store configured in
 * {@code wildfly-config/kesu.cli}, so they survive restarts and redeployments, a scan missed while the
 * server was down runs when it is back, and in a cluster sharing the store each firing runs on one
 * node only. Every quarter of an hour the reminder scan; every five minutes the mail of what is due.
 * <p>
 * Beside them every node runs the same work on its own schedule, between the shared firings (issue 16): WildFly's
 * database store does not hand a timer over from a node that died in the middle of its timeout — it stays
 * {@code IN_TIMEOUT}, owned by the dead node, and nothing mailed until that node came back. The work is made for
 * more than one runner: the scan's unique key per reminder period and the mail's claims make a second run, at the
 * same moment or later, add and send nothing twice. So while one node lives, reminders and mails go out within a
 * period, whatever became of the shared timers. The node's periods are settings ({@link WorkPeriods}): a quarter of
 * an hour and five minutes unless the site chooses otherwise.
 */
@Singleton
@Startup
@PermitAll
// The work happens in stateless beans; no lock, and each run in its own transactions.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineTimers {

    /** Timer info of the scan, by which tests and administrators find it in the store. */
    public static final String SCAN = "kesu-reminder-scan";
    public static final String MAIL = "kesu-notice-mail";
    /** Timer info of this node's own runs (not persistent: each node has its own, gone with it). */
    public static final String SCAN_ON_NODE = "kesu-reminder-scan-node";
    public static final String MAIL_ON_NODE = "kesu-notice-mail-node";

    private static final Logger LOG = Logger.getLogger(DeadlineTimers.class.getName());

    @Inject
    ReminderScan scan;

    @Inject
    NoticeMail mail;

    @Inject
    NoticeChat chat;

    @Inject
    WorkPeriods periods;

    @Resource
    TimerService timerService;

    @Schedule(minute = "*/15", hour = "*", persistent = true, info = SCAN)
    public void scan(Timer timer) {
        scan();
    }

    @Schedule(minute = "*/5", hour = "*", persistent = true, info = MAIL)
    public void mail(Timer timer) {
        mail();
    }

    /** Starts this node's own runs, a period after the deployment and then every period ({@link WorkPeriods}). */
    @PostConstruct
    void startOwnRuns() {
        timerService.createIntervalTimer(periods.scan().toMillis(), periods.scan().toMillis(),
                new TimerConfig(SCAN_ON_NODE, false));
        timerService.createIntervalTimer(periods.mail().toMillis(), periods.mail().toMillis(),
                new TimerConfig(MAIL_ON_NODE, false));
    }

    @Timeout
    public void ownRun(Timer timer) {
        if (SCAN_ON_NODE.equals(timer.getInfo())) {
            scan();
        } else if (MAIL_ON_NODE.equals(timer.getInfo())) {
            mail();
        }
    }

    private void scan() {
        if (!ScheduledWork.enabled()) {
            return;
        }
        try {
            int issued = scan.issueReminders();
            if (issued > 0) {
                LOG.log(Level.INFO, "催办扫描: {0} reminders issued", issued);
            }
        } catch (RuntimeException e) {
            // The next firing scans again; what this one missed is still overdue then.
            LOG.log(Level.WARNING, "reminder scan failed", e);
        }
    }

    private void mail() {
        if (!ScheduledWork.enabled()) {
            return;
        }
        try {
            mail.sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notice mail failed", e);
        }
        // The group robots after the mail, on the same timer: a robot that hangs delays no mail.
        try {
            chat.sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notice chat failed", e);
        }
    }
}
