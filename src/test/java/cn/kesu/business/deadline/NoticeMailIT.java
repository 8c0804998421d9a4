package cn.kesu.business.deadline;

import static cn.kesu.support.MovableClock.shanghai;
import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.model.deadline.Reminder;
import cn.kesu.model.deadline.ReminderKind;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Reminder e-mail through the server's mail session to a real SMTP server (GreenMail, run inside the
 * test server on the port the build gives the server as SMTP_PORT). The QA step of a case accepted on
 * Monday 2 March 2026 09:00 is due Thursday 5 March 09:00.
 */
class NoticeMailIT extends InContainerTest {

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
    Reminders reminders;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @jakarta.annotation.Resource
    jakarta.transaction.UserTransaction transaction;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aGmOfficeReminderGoesToTheGmOfficeAloneUntilItEscalates() throws Exception {
        GreenMail smtp = startedSmtp();
        try {
            fixture.withCatalogs();
            clock.set(shanghai(2026, 3, 2, 9, 0));
            Long id = fixture.atQa(fixture.domestic);
            fixture.investigate(id, fixture.qaFindings(true, false, cn.kesu.model.complaint.Severity.GENERAL));
            fixture.analyse(id);
            String number = fixture.load(id).getNumber();

            clock.set(shanghai(2026, 3, 3, 10, 0));
            scan.issueReminders();
            sendAll();

            Reminder reminder = notices.reminders(id, ReminderKind.STEP).get(0);
            assertEquals(cn.kesu.model.complaint.Step.GM_CHECK, reminder.getStep());
            List<MimeMessage> received = mailsAbout(smtp, number);
            assertEquals(1, received.size());
            List<String> to = Arrays.stream(received.get(0).getAllRecipients()).map(Address::toString).toList();
            assertTrue(to.contains("gm-office@kesu.local"), to.toString());
            assertFalse(to.contains("gm@kesu.local") || to.contains("deputy-gm@kesu.local"),
                    "the gm hears of it when it escalates: " + to);
            assertRefused(NotYourDepartmentException.class, () -> fixture.gm.run(
                    () -> reminders.acknowledge(reminder.getId(), reminder.getVersion())));
            assertRefused(NotYourDepartmentException.class, () -> fixture.deputyGm.run(
                    () -> reminders.answer(reminder.getId(), reminder.getVersion(), "不是我的")));
            fixture.gmOffice.run(() -> reminders.acknowledge(reminder.getId(), reminder.getVersion()));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aReminderDueAtElevenAtNightIsMailedInChineseAtTheNextWorkingDaysStartAndOnlyOnce() throws Exception {
        GreenMail smtp = startedSmtp();
        try {
            fixture.withCatalogs();
            clock.set(shanghai(2026, 3, 2, 9, 0));
            Long id = fixture.atQa(fixture.domestic);
            String number = fixture.load(id).getNumber();

            clock.set(shanghai(2026, 3, 5, 23, 0));
            scan.issueReminders();
            Reminder reminder = notices.reminders(id, ReminderKind.STEP).get(0);
            assertEquals(shanghai(2026, 3, 6, 8, 30).toInstant(), reminder.getMail().getDueAt());
            sendAll();
            assertTrue(mailsAbout(smtp, number).isEmpty(), "not at night");

            clock.set(shanghai(2026, 3, 6, 8, 30));
            sendAll();
            List<MimeMessage> received = mailsAbout(smtp, number);
            assertEquals(1, received.size());
            MimeMessage message = received.get(0);
            String step = ResourceBundle.getBundle("cn.kesu.i18n.messages", Locale.SIMPLIFIED_CHINESE)
                    .getString("step.QA_INVESTIGATION");
            assertEquals("【催办单】" + reminder.getNumber(clock.clock().getZone()) + " 客诉 " + number + " " + step
                    + " 已逾期 14小时", message.getSubject());
            List<String> to = Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
            assertTrue(to.containsAll(List.of("qa@kesu.local", "qa-manager@kesu.local")), to.toString());
            assertFalse(to.contains("production@kesu.local"), to.toString());
            assertTrue(((String) message.getContent()).contains("逾期步骤：" + step), "Chinese body intact");
            String body = (String) message.getContent();
            assertTrue(body.contains("部门主管：") && body.substring(body.indexOf("部门主管：")).lines().findFirst()
                    .orElseThrow().contains("刘洋"), "the QA manager named");
            assertNotNull(notices.reminders(id, ReminderKind.STEP).get(0).getMail().getSentAt());

            // The customer was not told either: its acknowledgement (due 3 March 09:00) and initial report (due
            // 5 March 09:00) go to business, with what was promised in the subject.
            List<String> promised = new ArrayList<>();
            for (MimeMessage mail : mailsAbout(smtp, number, true)) {
                promised.add(mail.getSubject());
                List<String> toBusiness = Arrays.stream(mail.getAllRecipients()).map(Address::toString).toList();
                assertTrue(toBusiness.containsAll(List.of("business@kesu.local", "business-manager@kesu.local"))
                        && !toBusiness.contains("qa@kesu.local"), toBusiness.toString());
            }
            assertEquals(2, promised.size(), promised.toString());
            String acknowledgement = ResourceBundle.getBundle("cn.kesu.i18n.messages", Locale.SIMPLIFIED_CHINESE)
                    .getString("promise.ACKNOWLEDGEMENT");
            assertTrue(promised.stream().anyMatch(subject -> subject.contains(" 客诉 " + number + " 对客户承诺“"
                    + acknowledgement + "” 已逾期 ")), promised.toString());

            clock.set(shanghai(2026, 3, 6, 9, 0));
            sendAll();
            assertEquals(1, mailsAbout(smtp, number).size(), "never sent twice");

            // No reminder over the weekend; Monday's, issued before office hours, waits for 08:30, and the
            // relay is down then, so the mail is retried.
            clock.set(shanghai(2026, 3, 7, 10, 0));
            scan.issueReminders();
            assertEquals(1, notices.reminders(id, ReminderKind.STEP).size(), "none on Saturday");
            clock.set(shanghai(2026, 3, 9, 7, 0));
            scan.issueReminders();
            Reminder monday = notices.reminders(id, ReminderKind.STEP).get(1);
            assertEquals(shanghai(2026, 3, 9, 8, 30).toInstant(), monday.getMail().getDueAt());
            smtp.stop();
            clock.set(shanghai(2026, 3, 9, 8, 30));
            mail.sendDue();
            Reminder failed = notices.reminders(id, ReminderKind.STEP).get(1);
            assertNull(failed.getMail().getSentAt());
            assertEquals(1, failed.getMail().getAttempts());
            assertNotNull(failed.getMail().getError());
            assertEquals(shanghai(2026, 3, 9, 8, 35).toInstant(), failed.getMail().getDueAt(), "retried in 5 minutes");

            smtp = startedSmtp();
            clock.set(shanghai(2026, 3, 9, 8, 40));
            sendAll();
            List<MimeMessage> retried = mailsAbout(smtp, number);
            assertEquals(1, retried.size(), "the retry went out");
            assertTrue(retried.get(0).getSubject().contains("已逾期 3天22小时"), retried.get(0).getSubject());
            assertEquals(2, notices.reminders(id, ReminderKind.STEP).get(1).getMail().getAttempts());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aCaseFoundMajorAtNightIsMailedToTheGmAtOnceNotAtTheNextWorkingDay() throws Exception {
        GreenMail smtp = startedSmtp();
        try {
            fixture.withCatalogs();
            clock.set(shanghai(2026, 3, 6, 9, 0));
            Long id = fixture.atQa(fixture.domestic);
            String number = fixture.load(id).getNumber();
            clock.set(shanghai(2026, 3, 6, 22, 30));
            fixture.investigate(id, fixture.qaFindings(true, false, cn.kesu.model.complaint.Severity.MAJOR));

            sendAll();

            List<MimeMessage> received = mailsAbout(smtp, number);
            assertEquals(1, received.size(), "Friday 22:30, not Monday 08:30");
            MimeMessage message = received.get(0);
            assertTrue(message.getSubject().startsWith("【重大客诉通报】"), message.getSubject());
            assertTrue(message.getSubject().endsWith("为重大案件"), message.getSubject());
            List<String> to = Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
            assertEquals(List.of("gm@kesu.local"), to);
            assertTrue(((String) message.getContent()).contains("原因：质量管理部判定"), "Chinese body intact");
            assertNotNull(notices.severityNotices(id).get(0).getMail().getSentAt());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aMajorCaseNoticeThatTheRelayRefusedAtNightIsRetriedThatNightNotOnMonday() throws Exception {
        fixture.withCatalogs();
        clock.set(shanghai(2026, 3, 13, 9, 0));
        Long id = fixture.atQa(fixture.domestic);
        clock.set(shanghai(2026, 3, 13, 23, 0));
        fixture.investigate(id, fixture.qaFindings(true, false, cn.kesu.model.complaint.Severity.CRISIS));

        mail.sendDue();

        var notice = notices.severityNotices(id).get(0);
        assertNull(notice.getMail().getSentAt(), "no relay is listening");
        assertEquals(1, notice.getMail().getAttempts());
        assertEquals(shanghai(2026, 3, 13, 23, 5).toInstant(), notice.getMail().getDueAt(), "five minutes, Friday night");
    }

    /** Everything due, including other tests' notices, in as many rounds as it takes. */
    /** GreenMail on the port the build gives the test server as SMTP_PORT, started. */
    /**
     * Issue 16: a morning's backlog goes out in one run over one connection to the relay — 300 reminders due at once,
     * more than a batch, are all sent by a single run, each once and with its own Message-ID; a second run has
     * nothing left of them to send.
     */
    @Test
    void aBacklogGoesOutInOneRunEachMailOnce() throws Exception {
        GreenMail smtp = startedSmtp();
        try {
            fixture.withCatalogs();
            clock.set(shanghai(2026, 3, 2, 9, 0));
            Long id = fixture.atQa(fixture.domestic);
            String number = fixture.load(id).getNumber();
            clock.set(shanghai(2026, 3, 5, 10, 0));
            scan.issueReminders();
            Reminder first = notices.reminders(id, ReminderKind.STEP).get(0);
            int backlog = 300;
            copies(first, backlog - 1);

            long started = System.nanoTime();
            int sent = mail.sendDue();
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("BENCH notice mail: %d mails sent in one run in %d ms%n", sent, millis);
            assertTrue(sent >= backlog, "one run sends them all: " + sent);
            assertEquals(backlog, mailsAbout(smtp, number).size(), "each once");
            assertTrue(notices.reminders(id, ReminderKind.STEP).stream().allMatch(r -> r.getMail().getSentAt() != null));
            mail.sendDue();
            assertEquals(backlog, mailsAbout(smtp, number).size(), "nothing of them goes twice");
        } finally {
            smtp.stop();
        }
    }

    /** {@code count} more reminders like {@code first}, each of an earlier reminder period, all due to be mailed. */
    private void copies(Reminder first, int count) throws Exception {
        transaction.begin();
        for (int n = 1; n <= count; n++) {
            em.createNativeQuery("insert into reminder (kind, target, day_bucket, complaint_id, step_record_id, step,"
                    + " holder_department, due_at, issued_at, sequence_no, escalated, mail_due_at, mail_attempts,"
                    + " version, day_serial) select kind, target, day_bucket - ?1, complaint_id, step_record_id, step,"
                    + " holder_department, due_at, issued_at, sequence_no, escalated, mail_due_at, 0, 0,"
                    + " day_serial + ?1 from reminder where id = ?2").setParameter(1, n).setParameter(2, first.getId())
                    .executeUpdate();
        }
        transaction.commit();
    }

    private static GreenMail startedSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(TestSmtp.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    private void sendAll() {
        for (int round = 0; round < 50 && mail.sendDue() > 0; round++) {
            // keep going
        }
    }

    /** The step and case reminders' mails about the case, each once. */
    private static List<MimeMessage> mailsAbout(GreenMail smtp, String caseNumber) throws MessagingException {
        return mailsAbout(smtp, caseNumber, false);
    }

    /** The mails about the case of its promises to the customer (issue 14), or of its steps, each once. */
    private static List<MimeMessage> mailsAbout(GreenMail smtp, String caseNumber, boolean promises)
            throws MessagingException {
        List<MimeMessage> about = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            // GreenMail keeps one copy per recipient; the Message-ID tells the mails apart.
            if (message.getSubject().contains(" 客诉 " + caseNumber + " ")
                    && message.getSubject().contains("对客户承诺") == promises
                    && about.stream().noneMatch(m -> sameId(m, message))) {
                about.add(message);
            }
        }
        return about;
    }

    private static boolean sameId(MimeMessage a, MimeMessage b) {
        try {
            return a.getMessageID().equals(b.getMessageID());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
