package cn.kesu.business.deadline;

import static cn.kesu.support.MovableClock.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.model.deadline.ReminderKind;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Issue 16, work that survives a dead node: besides the shared timers in the database store, every node runs the
 * scan and the mail on its own schedule, and that is safe because the work is made for several runners — two scans
 * and two mail senders started at the same moment, as on two nodes, issue each 催办单 once and send each mail once.
 */
class ConcurrentWorkIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @Inject
    MovableClock clock;

    @Inject
    Notices notices;

    @EJB
    ReminderScan scan;

    @EJB
    NoticeMail mail;

    @EJB
    TimerProbe probe;

    @Resource
    ManagedExecutorService executor;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void everyNodeHasItsOwnScanAndMailBesideTheSharedTimers() {
        List<String> timers = probe.timers();
        for (String expected : List.of(DeadlineTimers.SCAN + "|persistent|*/15", DeadlineTimers.MAIL + "|persistent|*/5")) {
            assertTrue(timers.contains(expected), expected + " in " + timers);
        }
        // The node's own runs come every period (WorkPeriods: 15 and 5 minutes by default), whenever it started.
        String scanOnNode = DeadlineTimers.SCAN_ON_NODE + "\\|node\\|every ([0-9]|1[0-5])";
        String mailOnNode = DeadlineTimers.MAIL_ON_NODE + "\\|node\\|every [0-5]";
        assertTrue(timers.stream().anyMatch(line -> line.matches(scanOnNode)), timers.toString());
        assertTrue(timers.stream().anyMatch(line -> line.matches(mailOnNode)), timers.toString());
    }

    @Test
    void twoScansAndTwoSendersAtOnceIssueAndSendEachNoticeOnce() throws Exception {
        fixture.withCatalogs();
        clock.set(shanghai(2026, 3, 2, 9, 0));
        List<Long> cases = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            Long id = fixture.atQa(fixture.domestic);
            cases.add(id);
            numbers.add(fixture.load(id).getNumber());
        }
        clock.set(shanghai(2026, 3, 5, 10, 0));

        List<Integer> issued = together(() -> scan.issueReminders(), () -> scan.issueReminders());
        for (Long id : cases) {
            assertEquals(1, notices.reminders(id, ReminderKind.STEP).size(), "one 催办单 for case " + id);
        }
        assertTrue(issued.stream().mapToInt(Integer::intValue).sum() >= cases.size(), issued.toString());

        GreenMail smtp = new GreenMail(new ServerSetup(TestSmtp.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            together(() -> mail.sendDue(), () -> mail.sendDue());
            // GreenMail keeps one copy per recipient: a mail sent once has as many copies as addressees.
            Map<String, Integer> copies = new HashMap<>();
            Map<String, Integer> addressees = new HashMap<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                String subject = message.getSubject();
                if (numbers.stream().anyMatch(number -> subject.contains(" 客诉 " + number + " "))) {
                    copies.merge(message.getMessageID(), 1, Integer::sum);
                    addressees.put(message.getMessageID(), message.getAllRecipients().length);
                }
            }
            long issuedForThem = 0;
            for (Long id : cases) {
                for (ReminderKind kind : ReminderKind.values()) {
                    issuedForThem += notices.reminders(id, kind).size(); // the steps', and the missed promises'
                }
                issuedForThem += notices.severityNotices(id).size(); // the repeats of one customer are major
            }
            assertEquals(issuedForThem, copies.size(), "one mail per notice");
            assertEquals(addressees, copies, "none sent twice");
        } finally {
            smtp.stop();
        }
    }

    /** Runs the tasks at the same moment on the server's managed threads, as two nodes would. */
    @SafeVarargs
    private <T> List<T> together(Callable<T>... tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> running = new ArrayList<>();
        for (Callable<T> task : tasks) {
            running.add(executor.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> result : running) {
            results.add(result.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
