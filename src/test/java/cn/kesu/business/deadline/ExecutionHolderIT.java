package cn.kesu.business.deadline;

import static cn.kesu.support.CaseFixture.PASSWORD;
import static cn.kesu.support.MovableClock.shanghai;
import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.Outcome;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.complaint.StepRecord;
import cn.kesu.model.deadline.Investigation;
import cn.kesu.model.deadline.Reminder;
import cn.kesu.model.deadline.ReminderKind;
import cn.kesu.model.user.Department;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Issue 15, item 2: execution delays were charged to business, the step's holder, while the warehouse or
 * accounting held the document. A case approved on Monday 2 March 2026 at 09:00 has its execution (5 working
 * days) due on Monday 9 March at 09:00; its return note goes to the warehouse and then to accounting late.
 */
class ExecutionHolderIT extends InContainerTest {

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

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theDepartmentADocumentWaitsForIsRemindedAndInvestigatedForItsOwnTime() throws Exception {
        clock.set(shanghai(2026, 3, 2, 9, 0));
        Long id = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("800"),
                Set.of(Disposition.RETURN), 10));
        Long note = fixture.business.call(() -> fixture.businessDesk.issueReturnNote(id, fixture.version(id),
                Disposition.RETURN, 10, "喷漆起泡不良品退回", "退回后报废，另行补货", PASSWORD));
        assertEquals(Department.BUSINESS, stay(id).getHolderDepartment(), "the manager's 批示 is business's own");
        fixture.release(id, note);
        assertEquals(Department.WAREHOUSE, stay(id).getHolderDepartment(), "released: the warehouse receives");
        assertEquals(Department.BUSINESS, fixture.load(id).getHolderDepartment(), "the case stays with business");

        clock.set(shanghai(2026, 3, 10, 10, 0));
        scan.issueReminders();
        List<Reminder> stepReminders = notices.reminders(id, ReminderKind.STEP);
        assertEquals(1, stepReminders.size());
        Reminder toWarehouse = stepReminders.get(0);
        assertEquals(Department.WAREHOUSE, toWarehouse.getHolderDepartment());
        assertEquals(Step.EXECUTION, toWarehouse.getStep());
        assertRefused(NotYourDepartmentException.class, () -> fixture.business.run(
                () -> reminders.answer(toWarehouse.getId(), toWarehouse.getVersion(), "不是业务部")));
        fixture.warehouse.run(() -> reminders.answer(toWarehouse.getId(), toWarehouse.getVersion(), "退货今日到仓"));

        clock.set(shanghai(2026, 3, 10, 11, 0));
        fixture.warehouse.run(() -> fixture.warehouseDesk.receiveReturn(id, fixture.version(id), note, 10, PASSWORD));
        assertEquals(Department.ACCOUNTING, stay(id).getHolderDepartment(), "received: accounting reconciles");

        clock.set(shanghai(2026, 3, 11, 10, 0));
        scan.issueReminders();
        stepReminders = notices.reminders(id, ReminderKind.STEP);
        assertEquals(2, stepReminders.size());
        assertEquals(Department.ACCOUNTING, stepReminders.get(1).getHolderDepartment());
        assertEquals(1, stepReminders.get(1).getSequence(), "accounting's own first reminder");

        clock.set(shanghai(2026, 3, 11, 11, 0));
        fixture.accounting.run(() -> fixture.accountingDesk.reconcileReturn(id, fixture.version(id), note, "记-0311",
                PASSWORD));
        assertEquals(Department.BUSINESS, stay(id).getHolderDepartment(), "posted: back to business to close");
        clock.set(shanghai(2026, 3, 11, 11, 30));
        fixture.answer(id);
        fixture.business.run(() -> fixture.businessDesk.completeExecution(id, fixture.version(id), "依批示处理完毕",
                PASSWORD));

        List<StepRecord> stays = fixture.load(id).getSteps().stream().filter(s -> s.getStep() == Step.EXECUTION).toList();
        assertEquals(List.of(Department.BUSINESS, Department.WAREHOUSE, Department.ACCOUNTING, Department.BUSINESS),
                stays.stream().map(StepRecord::getHolderDepartment).toList());
        assertEquals(List.of(Outcome.HANDED_OVER, Outcome.HANDED_OVER, Outcome.HANDED_OVER, Outcome.COMPLETED),
                stays.stream().map(StepRecord::getOutcome).toList());
        assertTrue(stays.stream().allMatch(s -> s.getDueAt().equals(shanghai(2026, 3, 9, 9, 0).toInstant())),
                "one deadline for the whole execution");

        List<Investigation> opened = notices.investigations(id);
        assertEquals(List.of(Department.WAREHOUSE, Department.ACCOUNTING, Department.BUSINESS),
                opened.stream().map(Investigation::getHolderDepartment).toList(), "each late stay has its 查办单");
        assertEquals(Duration.ofHours(26), opened.get(0).lateBy(), "the warehouse: from the deadline to receipt");
        assertEquals(Duration.ofHours(24), opened.get(1).lateBy(), "accounting: only while it held the note");
        assertEquals(Duration.ofMinutes(30), opened.get(2).lateBy(), "business: only the half hour to close");
    }

    @Test
    void theApproversCountersignatureIsTheApproversStayAndTheCaseReminderFollowsIt() throws Exception {
        clock.set(shanghai(2026, 3, 2, 9, 0));
        Long id = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("30000"),
                Set.of(Disposition.ALLOWANCE), null));
        var approver = fixture.load(id).getApproverRole();
        assertEquals(Department.GM_OFFICE, approver.homeDepartment(), approver + " approves 30,000");
        fixture.business.call(() -> fixture.businessDesk.issueAllowanceNote(id, fixture.version(id),
                Disposition.ALLOWANCE, new BigDecimal("30000"), "不良品折让", PASSWORD));
        assertEquals(Department.GM_OFFICE, stay(id).getHolderDepartment(), "waits for the approver's countersignature");

        clock.set(shanghai(2026, 3, 18, 10, 0));
        scan.issueReminders();
        Reminder stepReminder = notices.reminders(id, ReminderKind.STEP).get(0);
        Reminder caseReminder = notices.reminders(id, ReminderKind.CASE).get(0);
        assertEquals(Department.GM_OFFICE, stepReminder.getHolderDepartment());
        assertEquals(Department.GM_OFFICE, caseReminder.getHolderDepartment(), "the 15-day reminder follows the stay");
        assertRefused(NotYourDepartmentException.class, () -> fixture.business.run(
                () -> reminders.acknowledge(stepReminder.getId(), stepReminder.getVersion())));
        assertRefused(NotYourDepartmentException.class, () -> fixture.gmOffice.run(
                () -> reminders.acknowledge(stepReminder.getId(), stepReminder.getVersion())));
        fixture.approver(approver).run(() -> reminders.acknowledge(stepReminder.getId(), stepReminder.getVersion()));
    }

    private StepRecord stay(Long id) {
        return fixture.load(id).currentRecord();
    }
}
