package cn.kesu.business.deadline;

import static cn.kesu.support.MovableClock.shanghai;
import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.model.complaint.Step;
import cn.kesu.model.deadline.Reminder;
import cn.kesu.model.deadline.ReminderKind;
import cn.kesu.model.user.Department;
import cn.kesu.support.Calendars;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * The reminder scan with a moved clock. Cases are opened on Monday 2 March 2026 at 09:00 (no holidays
 * that month), so the QA step (3 working days) is due on Thursday 5 March at 09:00 and a domestic case
 * (15 calendar days) on Tuesday 17 March at 09:00. Other tests' cases share the database; every
 * assertion looks at this test's own case.
 */
class ReminderScanIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @Inject
    MovableClock clock;

    @Inject
    Notices notices;

    @EJB
    ReminderScan scan;

    @EJB
    Reminders reminders;

    @EJB
    cn.kesu.business.calendar.CalendarAdministration calendarAdministration;


    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Long qaCaseOpenedMonday() throws Exception {
        clock.set(shanghai(2026, 3, 2, 9, 0));
        return fixture.atQa(fixture.domestic);
    }

    /**
     * Issue 15, item 13.12: 催办单 numbers had gaps (CB…-27, then -60), because each repeated scan's refused
     * inserts consumed identity values. The day's numbers run 1, 2, 3 … whatever scans ran in between.
     */
    @Test
    void theDaysReminderNumbersHaveNoGapsWhateverScansRanInBetween() throws Exception {
        Long first = qaCaseOpenedMonday();
        clock.set(shanghai(2026, 3, 6, 10, 0));
        scan.issueReminders();
        scan.issueReminders();
        scan.issueReminders();
        Long second = qaCaseOpenedMonday();
        clock.set(shanghai(2026, 3, 6, 11, 0));
        scan.issueReminders();

        ZoneId zone = clock.clock().getZone();
        List<String> numbers = notices.remindersIssuedOn(LocalDate.of(2026, 3, 6), zone).stream()
                .map(r -> r.getNumber(zone)).toList();
        List<String> expected = IntStream.rangeClosed(1, numbers.size()).mapToObj(n -> "CB260306-" + n).toList();
        assertEquals(expected, numbers);
        assertEquals(1, notices.reminders(first, ReminderKind.STEP).size());
        assertEquals(1, notices.reminders(second, ReminderKind.STEP).size());
    }

    @Test
    void anOverdueStepGetsExactlyOneReminderADay() throws Exception {
        Long id = qaCaseOpenedMonday();

        clock.set(shanghai(2026, 3, 5, 8, 59));
        scan.issueReminders();
        assertTrue(notices.reminders(id, ReminderKind.STEP).isEmpty(), "not due yet");

        clock.set(shanghai(2026, 3, 6, 10, 0));
        scan.issueReminders();
        List<Reminder> issued = notices.reminders(id, ReminderKind.STEP);
        assertEquals(1, issued.size(), "day 4: one 催办单");
        Reminder reminder = issued.get(0);
        assertEquals(Step.QA_INVESTIGATION, reminder.getStep());
        assertEquals(Department.QA, reminder.getHolderDepartment());
        assertEquals(shanghai(2026, 3, 5, 9, 0).toInstant(), reminder.getDueAt());
        assertEquals(Duration.ofHours(25), reminder.overdueBy());
        assertEquals(1, reminder.getSequence());
        assertFalse(reminder.isEscalated());
        assertTrue(reminder.getNumber(clock.clock().getZone()).startsWith("CB260306-"), reminder.getNumber(clock.clock().getZone()));

        clock.set(shanghai(2026, 3, 6, 16, 0));
        scan.issueReminders();
        assertEquals(1, notices.reminders(id, ReminderKind.STEP).size(), "a second scan the same day adds none");

        clock.set(shanghai(2026, 3, 7, 10, 0));
        scan.issueReminders();
        clock.set(shanghai(2026, 3, 8, 10, 0));
        scan.issueReminders();
        assertEquals(1, notices.reminders(id, ReminderKind.STEP).size(), "none on Saturday or Sunday");

        clock.set(shanghai(2026, 3, 9, 10, 0));
        scan.issueReminders();
        assertEquals(2, notices.reminders(id, ReminderKind.STEP).size(), "the next working day, the next one");
        assertEquals(2, notices.reminders(id, ReminderKind.STEP).get(1).getSequence());
    }

    @Test
    void threeUnansweredRemindersEscalateToTheGmUntilTheDepartmentAnswers() throws Exception {
        Long id = qaCaseOpenedMonday();
        for (int day : new int[] {6, 7, 8, 9, 10, 11}) {
            clock.set(shanghai(2026, 3, day, 10, 0));
            scan.issueReminders();
        }
        List<Reminder> issued = notices.reminders(id, ReminderKind.STEP);
        assertEquals(List.of(false, false, false, true), issued.stream().map(Reminder::isEscalated).toList(),
                "the fourth, after three unanswered, goes to the gm");

        Reminder escalation = issued.get(3);
        fixture.qa.run(() -> reminders.acknowledge(escalation.getId(), escalation.getVersion()));
        clock.set(shanghai(2026, 3, 12, 10, 0));
        scan.issueReminders();
        assertTrue(notices.reminders(id, ReminderKind.STEP).get(4).isEscalated(), "acknowledging is not answering");

        Reminder latest = notices.reminders(id, ReminderKind.STEP).get(4);
        fixture.qaManager.run(() -> reminders.answer(latest.getId(), latest.getVersion(), "样品周三到厂，周四出报告"));
        clock.set(shanghai(2026, 3, 13, 10, 0));
        scan.issueReminders();
        Reminder afterAnswer = notices.reminders(id, ReminderKind.STEP).get(5);
        assertEquals(6, afterAnswer.getSequence());
        assertFalse(afterAnswer.isEscalated(), "an answer starts the count again");

        Reminder answered = notices.reminders(id, ReminderKind.STEP).get(4);
        assertEquals("样品周三到厂，周四出报告", answered.getAnswer());
        assertEquals("qa-manager", answered.getReply().getActor());
        assertEquals("qa-manager", answered.getAcknowledgement().getActor(), "answering acknowledges too");
        assertEquals("qa", notices.reminders(id, ReminderKind.STEP).get(3).getAcknowledgement().getActor());
        assertFalse(notices.reminders(id, ReminderKind.STEP).get(3).isAnswered());
    }

    @Test
    void overTheNationalDayWeekRemindersAreIssuedAndCountedOnWorkingDaysOnly() throws Exception {
        fixture.admin.call(() -> calendarAdministration.importList(Calendars.NATIONAL_DAY_2025));
        clock.set(shanghai(2025, 9, 25, 9, 0));
        Long id = fixture.atQa(fixture.domestic);
        assertEquals(shanghai(2025, 9, 29, 9, 0).toInstant(), fixture.load(id).getStepDueAt(),
                "three working days: Friday, the make-up Sunday, Monday");

        for (java.time.LocalDate day = java.time.LocalDate.of(2025, 9, 29); day.isBefore(java.time.LocalDate.of(2025, 10, 13));
             day = day.plusDays(1)) {
            clock.set(day.atTime(10, 0).atZone(clock.clock().getZone()));
            scan.issueReminders();
        }

        List<Reminder> issued = notices.reminders(id, ReminderKind.STEP);
        assertEquals(List.of("2025-09-29", "2025-09-30", "2025-10-09", "2025-10-10", "2025-10-11"), issued.stream()
                .map(r -> r.getIssuedAt().atZone(clock.clock().getZone()).toLocalDate().toString()).toList(),
                "none on the holidays or the ordinary Sunday 12 October; one on the make-up Saturday");
        assertEquals(List.of(false, false, false, true, true), issued.stream().map(Reminder::isEscalated).toList(),
                "the gm hears of it after three working days without an answer, not during the holiday");
    }

    @Test
    void aCasePastItsFifteenDaysGetsACaseReminder() throws Exception {
        Long id = qaCaseOpenedMonday();
        clock.set(shanghai(2026, 3, 17, 8, 0));
        scan.issueReminders();
        assertTrue(notices.reminders(id, ReminderKind.CASE).isEmpty(), "day 15 not over yet");

        clock.set(shanghai(2026, 3, 17, 10, 0));
        scan.issueReminders();
        scan.issueReminders();
        List<Reminder> caseReminders = notices.reminders(id, ReminderKind.CASE);
        assertEquals(1, caseReminders.size());
        assertEquals(shanghai(2026, 3, 17, 9, 0).toInstant(), caseReminders.get(0).getDueAt());
        assertEquals(Department.QA, caseReminders.get(0).getHolderDepartment(), "addressed to whoever holds the case");
    }

    @Test
    void answeringIsForTheAddressedDepartmentAtTheVersionSeen() throws Exception {
        Long id = qaCaseOpenedMonday();
        clock.set(shanghai(2026, 3, 6, 10, 0));
        scan.issueReminders();
        Reminder reminder = notices.reminders(id, ReminderKind.STEP).get(0);

        assertRefused(NotYourDepartmentException.class,
                () -> fixture.production.run(() -> reminders.answer(reminder.getId(), reminder.getVersion(), "不是我们")));
        assertRefused(NotYourDepartmentException.class,
                () -> fixture.gm.run(() -> reminders.acknowledge(reminder.getId(), reminder.getVersion())));
        assertRefused(AnswerRequiredException.class,
                () -> fixture.qa.run(() -> reminders.answer(reminder.getId(), reminder.getVersion(), "  ")));
        fixture.qa.run(() -> reminders.acknowledge(reminder.getId(), reminder.getVersion()));
        assertRefused(StaleNoticeException.class,
                () -> fixture.qa.run(() -> reminders.answer(reminder.getId(), reminder.getVersion(), "旧版本")));
        assertRefused(jakarta.ejb.EJBAccessException.class,
                () -> fixture.admin.run(() -> reminders.acknowledge(reminder.getId(), reminder.getVersion() + 1)));
        assertTrue(notices.reminders(id, ReminderKind.STEP).get(0).isAcknowledged());
        assertFalse(notices.reminders(id, ReminderKind.STEP).get(0).isAnswered());
    }

    @Test
    void twoScansAtOnceIssueEachReminderOnce() throws Exception {
        clock.set(shanghai(2026, 3, 2, 9, 0));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(fixture.atQa(fixture.domestic));
        }
        clock.set(shanghai(2026, 3, 27, 10, 0));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> scans = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                scans.add(pool.submit(() -> {
                    start.await();
                    return scan.issueReminders();
                }));
            }
            start.countDown();
            for (Future<Integer> running : scans) {
                running.get();
            }
        } finally {
            pool.shutdown();
        }
        for (Long id : ids) {
            assertEquals(1, notices.reminders(id, ReminderKind.STEP).size(), "one step reminder for case " + id);
            assertEquals(1, notices.reminders(id, ReminderKind.CASE).size(), "one case reminder for case " + id);
        }
    }
}
