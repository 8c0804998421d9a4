package cn.kesu.business.deadline;

import static cn.kesu.support.MovableClock.shanghai;
import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.pause.AlreadyPausedException;
import cn.kesu.business.complaint.pause.NoCaseClockRequestException;
import cn.kesu.business.complaint.pause.NotClockHolderException;
import cn.kesu.business.complaint.pause.NotPausedException;
import cn.kesu.business.complaint.pause.StepClocks;
import cn.kesu.business.complaint.workflow.ReasonRequiredException;
import cn.kesu.business.complaint.workflow.StaleCaseException;
import cn.kesu.business.complaint.workflow.WrongStepException;
import cn.kesu.business.statistics.DepartmentFigures;
import cn.kesu.business.statistics.MonthlyFigures;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.deadline.CaseClock;
import cn.kesu.model.deadline.ClockPause;
import cn.kesu.model.deadline.ReminderKind;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

/**
 * Waiting for the customer: the QA step of a case accepted on Monday 2 March 2026 09:00 is due
 * Thursday 5 March 09:00; its case deadline is Tuesday 17 March 09:00.
 */
class StepClockIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @Inject
    MovableClock clock;

    @Inject
    Notices notices;

    @EJB
    StepClocks clocks;

    @EJB
    cn.kesu.business.statistics.StatisticsDesk statistics;

    @EJB
    ReminderScan scan;

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

    @Test
    void aPauseOfTwoDaysMovesTheStepDeadlineByTwoWorkingDays() throws Exception {
        Long id = qaCaseOpenedMonday();
        clock.set(shanghai(2026, 3, 2, 10, 0));
        fixture.qa.run(() -> clocks.pause(id, fixture.version(id), "样品尚未寄到", false));
        assertTrue(fixture.load(id).isStepPaused());

        clock.set(shanghai(2026, 3, 4, 10, 0));
        fixture.qa.run(() -> clocks.resume(id, fixture.version(id)));

        Complaint complaint = fixture.load(id);
        assertFalse(complaint.isStepPaused());
        assertEquals(shanghai(2026, 3, 9, 9, 0).toInstant(), complaint.getStepDueAt(),
                "Thu 5 + 2 working days = Mon 9 (the weekend does not count)");
        assertEquals(complaint.getStepDueAt(), complaint.currentRecord().getDueAt());
        assertEquals(shanghai(2026, 3, 17, 9, 0).toInstant(), complaint.getCaseDueAt(), "case deadline not paused");

        List<ClockPause> pauses = notices.pauses(id);
        assertEquals(1, pauses.size());
        ClockPause pause = pauses.get(0);
        assertEquals("样品尚未寄到", pause.getReason());
        assertEquals("qa", pause.getPaused().getActor());
        assertEquals("qa", pause.getResumed().getActor());
        assertEquals(2, pause.getStepDaysMoved());
        assertEquals(Duration.ofDays(2), pause.length(clock.clock().instant()));
        assertEquals(CaseClock.RUNNING, pause.getCaseClock());
    }

    @Test
    void aPausedStepGetsNoReminderAndCompletingTheStepEndsThePause() throws Exception {
        Long id = qaCaseOpenedMonday();
        clock.set(shanghai(2026, 3, 4, 10, 0));
        fixture.qaManager.run(() -> clocks.pause(id, fixture.version(id), "客户仍在确认不良数量", false));

        clock.set(shanghai(2026, 3, 6, 10, 0));
        scan.issueReminders();
        assertTrue(notices.reminders(id, ReminderKind.STEP).isEmpty(), "paused: not overdue");

        fixture.investigate(id, fixture.qaFindings(true, false, cn.kesu.model.complaint.Severity.GENERAL));
        Complaint complaint = fixture.load(id);
        ClockPause pause = notices.pauses(id).get(0);
        assertFalse(pause.isOpen(), "the customer's input recorded ends the pause");
        assertNull(pause.getResumed().getActor(), "ended by the step's own work, not by a person");
        assertEquals(2, pause.getStepDaysMoved(), "Wed 4 and Thu 5");
        assertEquals(shanghai(2026, 3, 9, 9, 0).toInstant(), complaint.getSteps().get(2).getDueAt());
        assertFalse(complaint.getSteps().get(2).isLate(clock.clock().instant()), "finished Fri 6, due Mon 9");
    }

    @Test
    void theCaseDeadlinePausesOnlyWithTheGmOfficesApproval() throws Exception {
        Long id = qaCaseOpenedMonday();
        clock.set(shanghai(2026, 3, 3, 10, 0));
        fixture.qa.run(() -> clocks.pause(id, fixture.version(id), "客户工厂停工，样品下周寄出", true));
        assertNull(fixture.load(id).getCasePausedSince(), "asked, not yet approved");

        assertRefused(EJBAccessException.class,
                () -> fixture.qaManager.run(() -> clocks.decideCaseClock(id, fixture.version(id), true)));
        clock.set(shanghai(2026, 3, 3, 14, 0));
        fixture.gmOffice.run(() -> clocks.decideCaseClock(id, fixture.version(id), true));
        assertRefused(NoCaseClockRequestException.class,
                () -> fixture.gmOffice.run(() -> clocks.decideCaseClock(id, fixture.version(id), true)));

        clock.set(shanghai(2026, 3, 5, 14, 0));
        fixture.qa.run(() -> clocks.resume(id, fixture.version(id)));
        Complaint complaint = fixture.load(id);
        assertEquals(shanghai(2026, 3, 19, 9, 0).toInstant(), complaint.getCaseDueAt(),
                "moved by the 2 days it was paused after the approval");
        ClockPause pause = notices.pauses(id).get(0);
        assertEquals(CaseClock.APPROVED, pause.getCaseClock());
        assertEquals("gm-office", pause.getCaseDecided().getActor());
        assertEquals(2 * 24 * 60L, pause.getCaseMinutesMoved());
    }

    @Test
    void aRefusedCasePauseLeavesTheCaseDeadline() throws Exception {
        Long id = qaCaseOpenedMonday();
        fixture.qa.run(() -> clocks.pause(id, fixture.version(id), "等客户回复", true));
        fixture.gmOffice.run(() -> clocks.decideCaseClock(id, fixture.version(id), false));
        clock.set(shanghai(2026, 3, 6, 9, 0));
        fixture.qa.run(() -> clocks.resume(id, fixture.version(id)));
        assertEquals(shanghai(2026, 3, 17, 9, 0).toInstant(), fixture.load(id).getCaseDueAt());
        assertEquals(CaseClock.REFUSED, notices.pauses(id).get(0).getCaseClock());
    }

    @Test
    void onlyTheHolderPausesOnceWithAReasonAtTheVersionSeen() throws Exception {
        Long id = qaCaseOpenedMonday();
        assertRefused(NotClockHolderException.class,
                () -> fixture.production.run(() -> clocks.pause(id, fixture.version(id), "不是我的步骤", false)));
        assertRefused(NotClockHolderException.class,
                () -> fixture.gmOffice.run(() -> clocks.pause(id, fixture.version(id), "不是我的步骤", false)));
        assertRefused(EJBAccessException.class,
                () -> fixture.auditor.run(() -> clocks.pause(id, fixture.version(id), "稽核", false)));
        assertRefused(ReasonRequiredException.class,
                () -> fixture.qa.run(() -> clocks.pause(id, fixture.version(id), " ", false)));
        assertRefused(NotPausedException.class, () -> fixture.qa.run(() -> clocks.resume(id, fixture.version(id))));

        long seen = fixture.version(id);
        fixture.qa.run(() -> clocks.pause(id, seen, "等待客户寄回样品", false));
        assertRefused(StaleCaseException.class, () -> fixture.qa.run(() -> clocks.resume(id, seen)));
        assertRefused(AlreadyPausedException.class,
                () -> fixture.qa.run(() -> clocks.pause(id, fixture.version(id), "再次暂停", false)));
        assertRefused(NotClockHolderException.class, () -> fixture.production.run(() -> clocks.resume(id, fixture.version(id))));
        assertEquals(1, notices.pauses(id).size(), "refusals changed nothing");

        Long draft = fixture.draft(fixture.domestic);
        assertRefused(WrongStepException.class,
                () -> fixture.business.run(() -> clocks.pause(draft, fixture.version(draft), "草稿", false)));
    }

    /** Issue 15, item 11: pauses are shown per department in the month's statistics (July 2018: this test's alone). */
    @Test
    void theMonthsStatisticsShowEachDepartmentsPauses() throws Exception {
        clock.set(shanghai(2018, 7, 2, 9, 0));
        Long id = fixture.atQa(fixture.domestic);
        clock.set(shanghai(2018, 7, 2, 10, 0));
        fixture.qa.run(() -> clocks.pause(id, fixture.version(id), "样品尚未寄到", false));
        clock.reset();

        MonthlyFigures july = fixture.gmOffice.call(() -> statistics.live(java.time.YearMonth.of(2018, 7)));
        DepartmentFigures qa = july.getDepartments().stream().filter(d -> d.getDepartment().equals("QA")).findFirst()
                .orElseThrow(() -> new AssertionError(july.getDepartments().toString()));
        assertEquals(1, qa.getPauses());
    }
}
