package cn.kesu.business.deadline;

import static cn.kesu.support.CaseFixture.PASSWORD;
import static cn.kesu.support.MovableClock.shanghai;
import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.intake.ContactInput;
import cn.kesu.business.complaint.intake.ReportDateBeforeReceiptException;
import cn.kesu.business.complaint.intake.SlipInput;
import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.query.PromiseDue;
import cn.kesu.business.statistics.PromiseFigures;
import cn.kesu.business.statistics.StatisticsDesk;
import cn.kesu.model.complaint.ContactChannel;
import cn.kesu.model.complaint.ContactDocument;
import cn.kesu.model.complaint.CustomerPromise;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.PromiseKind;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.deadline.Reminder;
import cn.kesu.model.deadline.ReminderKind;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issue 14, customer-facing promises (SPEC section 3): what the customer is owed, by when, kept by which contact,
 * reminded to business when missed, and counted in the month's statistics. In November 2023, a month no other test
 * closes cases in: Monday the 6th to Monday the 13th, without holidays.
 */
class CustomerPromisesIT extends InContainerTest {

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
    CaseQueries queries;

    @EJB
    StatisticsDesk statistics;

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theAcknowledgementIsDueAWorkingDayAfterReceiptAndAMissedOneGoesToBusinessUntilAContactKeepsIt() throws Exception {
        clock.set(shanghai(2023, 11, 6, 9, 0));
        Long id = fixture.submitted(fixture.domestic);
        CustomerPromise ack = only(promises(id));
        assertEquals(PromiseKind.ACKNOWLEDGEMENT, ack.getKind());
        assertEquals(shanghai(2023, 11, 7, 9, 0).toInstant(), ack.getDueAt(), "one working day after receipt");

        clock.set(shanghai(2023, 11, 7, 10, 0));
        scan.issueReminders();
        Reminder reminder = only(notices.reminders(id, ReminderKind.PROMISE));
        assertEquals(Department.BUSINESS, reminder.getHolderDepartment(), "before the GM office even accepted it");
        assertEquals(Set.of(Role.BUSINESS, Role.BUSINESS_MANAGER), reminder.addressees());
        assertRefused(NotYourDepartmentException.class, () -> fixture.qa.run(() -> reminders.answer(reminder.getId(),
                reminder.getVersion(), "不是质量管理部的承诺")));
        fixture.business.run(() -> reminders.answer(reminder.getId(), reminder.getVersion(), "联系人出差，今日再联络"));

        clock.set(shanghai(2023, 11, 7, 11, 0));
        contact(id, shanghai(2023, 11, 7, 10, 30).toInstant(), "电话告知已收到投诉");
        assertEquals(CustomerPromise.State.KEPT_LATE, only(promises(id)).state(fixture.clock.instant()));
        assertEquals(shanghai(2023, 11, 7, 10, 30).toInstant(), only(promises(id)).getKeptAt(), "at the contact's time");
        clock.set(shanghai(2023, 11, 8, 10, 0));
        scan.issueReminders();
        assertEquals(1, notices.reminders(id, ReminderKind.PROMISE).size(), "a kept promise is not reminded again");

        // Registered again after the GM office sent it back: the receipt, and so the promise, did not move.
        fixture.gmOffice.run(() -> fixture.gmOfficeDesk.sendBack(id, fixture.version(id), "请补充订单号"));
        fixture.business.run(() -> fixture.businessDesk.submit(id, fixture.version(id), "已补充", PASSWORD));
        assertEquals(1, promises(id).size());
    }

    @Test
    void aCrisisIsAcknowledgedWithin24HoursEvenOverAWeekend() throws Exception {
        clock.set(shanghai(2023, 11, 6, 9, 0));
        Long major = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("800"),
                Set.of(Disposition.RETURN), 10), fixture.qaFindings(true, false, Severity.MAJOR));
        fixture.execute(major);
        clock.set(shanghai(2023, 11, 10, 17, 0));
        Long again = fixture.business.call(() -> fixture.businessDesk.fileRecomplaint(major, fixture.version(major),
                "客户不接受，问题再次发生", PASSWORD));
        fixture.business.run(() -> fixture.businessDesk.submit(again, fixture.version(again), "危机客诉", PASSWORD));
        assertEquals(Severity.CRISIS, fixture.load(again).getSeverity());
        assertEquals(shanghai(2023, 11, 11, 17, 0).toInstant(), only(promises(again)).getDueAt(),
                "Saturday: 24 hours, not the next working day");
    }

    /** A case the GM office raises to crisis before the customer heard back owes the acknowledgement at once. */
    @Test
    void raisedToCrisisTheAcknowledgementIsDue24HoursAfterReceipt() throws Exception {
        clock.set(shanghai(2023, 11, 10, 17, 0));
        Long id = fixture.atQa(fixture.domestic);
        assertEquals(shanghai(2023, 11, 13, 17, 0).toInstant(), byKind(promises(id)).get(PromiseKind.ACKNOWLEDGEMENT)
                .getDueAt(), "Friday's complaint: Monday, a working day later");
        clock.set(shanghai(2023, 11, 10, 18, 0));
        fixture.gmOffice.run(() -> fixture.gmOfficeDesk.raiseSeverity(id, fixture.version(id), Severity.CRISIS,
                "客户生产线停线"));
        assertEquals(shanghai(2023, 11, 11, 17, 0).toInstant(), byKind(promises(id)).get(PromiseKind.ACKNOWLEDGEMENT)
                .getDueAt(), "a crisis: 24 hours after receipt");
    }

    @Test
    void acceptanceOwesAnInitialReportWeeklyProgressAndTheCustomersDateEachKeptByItsOwnContact() throws Exception {
        clock.set(shanghai(2023, 11, 6, 9, 0));
        Long id = fixture.business.call(() -> fixture.businessDesk.createDraft(asking(LocalDate.of(2023, 11, 10))));
        fixture.business.run(() -> fixture.businessDesk.submit(id, fixture.version(id), "送总经理室", PASSWORD));
        fixture.gmOffice.run(() -> fixture.gmOfficeDesk.accept(id, fixture.version(id), "受理", PASSWORD));
        Map<PromiseKind, CustomerPromise> owed = byKind(promises(id));
        assertEquals(Set.of(PromiseKind.ACKNOWLEDGEMENT, PromiseKind.INITIAL_REPORT, PromiseKind.PROGRESS,
                PromiseKind.REQUESTED_REPORT), owed.keySet());
        assertEquals(shanghai(2023, 11, 9, 9, 0).toInstant(), owed.get(PromiseKind.INITIAL_REPORT).getDueAt(),
                "three working days after acceptance");
        assertEquals(shanghai(2023, 11, 13, 9, 0).toInstant(), owed.get(PromiseKind.PROGRESS).getDueAt(), "seven days");
        assertEquals(shanghai(2023, 11, 11, 0, 0).toInstant(), owed.get(PromiseKind.REQUESTED_REPORT).getDueAt(),
                "the whole day the customer named");
        assertEquals(new PromiseDue(PromiseKind.ACKNOWLEDGEMENT, shanghai(2023, 11, 7, 9, 0).toInstant()),
                fixture.gmOffice.call(() -> queries.nextPromises(List.of(id))).get(id), "the ledger's next promise");

        clock.set(shanghai(2023, 11, 6, 11, 0));
        contact(id, shanghai(2023, 11, 6, 10, 0).toInstant(), "告知已受理", ContactDocument.ACKNOWLEDGEMENT);
        owed = byKind(open(id));
        assertEquals(Set.of(PromiseKind.INITIAL_REPORT, PromiseKind.PROGRESS, PromiseKind.REQUESTED_REPORT), owed.keySet(),
                "any contact acknowledges and is progress; a report needs a report");
        assertEquals(shanghai(2023, 11, 13, 10, 0).toInstant(), owed.get(PromiseKind.PROGRESS).getDueAt(),
                "the next progress contact: seven days after the last");

        clock.set(shanghai(2023, 11, 9, 10, 0));
        scan.issueReminders();
        Reminder late = only(notices.reminders(id, ReminderKind.PROMISE));
        assertEquals(PromiseKind.INITIAL_REPORT, late.getPromise().getKind());
        contact(id, shanghai(2023, 11, 9, 9, 30).toInstant(), "邮件发送初步报告", ContactDocument.INITIAL_REPORT);
        assertEquals(CustomerPromise.State.KEPT_LATE, byKind(promises(id)).get(PromiseKind.INITIAL_REPORT)
                .state(fixture.clock.instant()));
        assertEquals(Set.of(PromiseKind.PROGRESS, PromiseKind.REQUESTED_REPORT), byKind(open(id)).keySet(),
                "an initial report is not the analysis the customer asked for by Friday");

        clock.set(shanghai(2023, 11, 11, 10, 0));
        scan.issueReminders();
        assertEquals(1, notices.reminders(id, ReminderKind.PROMISE).size(), "none on a Saturday");
        clock.set(shanghai(2023, 11, 13, 9, 0));
        scan.issueReminders();
        List<Reminder> now = notices.reminders(id, ReminderKind.PROMISE);
        assertEquals(2, now.size());
        assertEquals(PromiseKind.REQUESTED_REPORT, now.get(1).getPromise().getKind(),
                "progress is due on the 16th, seven days after the initial report");
        contact(id, shanghai(2023, 11, 13, 8, 30).toInstant(), "发送分析报告", ContactDocument.ANALYSIS_REPORT);
        assertTrue(byKind(open(id)).keySet().equals(Set.of(PromiseKind.PROGRESS)));
    }

    @Test
    void theFinalAnswerIsOwedAfterApprovalClosingDropsWhatIsNotYetDueAndTheMonthCountsOnTimeRates() throws Exception {
        clock.set(shanghai(2023, 11, 6, 9, 0));
        Long told = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("800"),
                Set.of(Disposition.RETURN), 10));
        Long silent = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("800"),
                Set.of(Disposition.RETURN), 10));
        CustomerPromise answer = byKind(promises(told)).get(PromiseKind.FINAL_ANSWER);
        assertEquals(shanghai(2023, 11, 7, 9, 0).toInstant(), answer.getDueAt(), "a working day after approval");

        clock.set(shanghai(2023, 11, 6, 11, 0));
        contact(told, shanghai(2023, 11, 6, 10, 0).toInstant(), "告知核准结果：退货", ContactDocument.FINAL_ANSWER);
        assertEquals(Set.of(PromiseKind.PROGRESS), byKind(open(told)).keySet(), "the final answer keeps all that was due");
        close(told);
        assertTrue(open(told).isEmpty(), "closed: the next progress contact is no longer owed");
        assertEquals(4, promises(told).size());

        clock.set(shanghai(2023, 11, 8, 10, 0));
        fixture.execute(silent);
        assertRefused(FinalAnswerRequiredException.class, () -> fixture.business.run(() -> fixture.businessDesk
                .completeExecution(silent, fixture.version(silent), "结案", PASSWORD)));
        contact(silent, shanghai(2023, 11, 8, 9, 30).toInstant(), "告知核准结果：退货", ContactDocument.FINAL_ANSWER);
        assertEquals(CustomerPromise.State.KEPT_LATE, byKind(promises(silent)).get(PromiseKind.FINAL_ANSWER)
                .state(fixture.clock.instant()), "told a day late");
        fixture.business.run(() -> fixture.businessDesk.completeExecution(silent, fixture.version(silent), "结案",
                PASSWORD));
        assertTrue(open(silent).isEmpty(), "the late answer kept what was owed, late");

        // A case closed not established (不成立) owes no final answer: its missed acknowledgement lapses at closing.
        clock.set(shanghai(2023, 11, 6, 9, 0));
        Long invalid = fixture.atQa(fixture.domestic);
        fixture.investigate(invalid, fixture.qaFindings(false, false, Severity.GENERAL));
        fixture.check(invalid);
        fixture.handle(invalid);
        clock.set(shanghai(2023, 11, 8, 10, 0));
        fixture.consolidate(invalid, BigDecimal.ZERO);
        assertTrue(fixture.load(invalid).getClosedAt() != null, "closed as not established");
        assertEquals(Set.of(PromiseKind.ACKNOWLEDGEMENT), byKind(open(invalid)).keySet(),
                "missed, and stays missed; the initial report and progress were not yet due");
        assertTrue(open(invalid).stream().allMatch(p -> p.getLapsedAt() != null), "lapsed at closing: no longer watched");
        clock.set(shanghai(2023, 11, 9, 10, 0));
        scan.issueReminders();
        assertTrue(notices.reminders(invalid, ReminderKind.PROMISE).isEmpty(), "no reminders after closing");

        Map<String, PromiseFigures> month = fixture.gmOffice.call(() -> statistics.live(YearMonth.of(2023, 11)))
                .getPromises().stream().collect(Collectors.toMap(PromiseFigures::getKind, Function.identity()));
        assertEquals(3, month.get("ACKNOWLEDGEMENT").getDue());
        assertEquals(1, month.get("ACKNOWLEDGEMENT").getOnTime(), "one told at once, one late, one never");
        assertEquals(2, month.get("FINAL_ANSWER").getDue());
        assertEquals(1, month.get("FINAL_ANSWER").getOnTime());
        assertEquals(0, new BigDecimal("50").compareTo(month.get("FINAL_ANSWER").getRate()));
        assertEquals(2, month.get("INITIAL_REPORT").getDue(), "the invalid case closed before its initial report fell due");
        assertEquals(2, month.get("PROGRESS").getOnTime());
    }

    @Test
    void aRequestedReportDateBeforeTheReceiptIsRefused() throws Exception {
        clock.set(shanghai(2023, 11, 6, 9, 0));
        assertRefused(ReportDateBeforeReceiptException.class, () -> fixture.business.call(() -> fixture.businessDesk
                .createDraft(asking(LocalDate.of(2023, 11, 5)))));
        Long sameDay = fixture.business.call(() -> fixture.businessDesk.createDraft(asking(LocalDate.of(2023, 11, 6))));
        assertEquals(LocalDate.of(2023, 11, 6), fixture.load(sameDay).getSlip().getReportRequestedBy());
    }

    private void close(Long id) throws Exception {
        fixture.execute(id);
        fixture.business.run(() -> fixture.businessDesk.completeExecution(id, fixture.version(id), "结案", PASSWORD));
    }

    private SlipInput asking(LocalDate by) {
        SlipInput s = fixture.slip(fixture.domestic);
        return new SlipInput(s.customerId(), s.abnormalityTypeId(), s.contact(), s.channel(), s.receivedAt(), s.orderNo(),
                s.partNo(), s.shipmentDate(), s.quantityShipped(), s.defectQuantity(), s.customerRequests(),
                s.quantitiesPending(), s.description(), s.sampleReceived(), s.category(), s.businessRemark(),
                s.complainedPerson(), by);
    }

    private void contact(Long id, Instant at, String said, ContactDocument... sent) throws Exception {
        fixture.business.call(() -> fixture.businessDesk.recordContact(id, new ContactInput(at, ContactChannel.PHONE,
                said, Set.of(sent))));
    }

    private List<CustomerPromise> promises(Long id) throws Exception {
        return fixture.auditor.call(() -> queries.promises(id));
    }

    private List<CustomerPromise> open(Long id) throws Exception {
        return promises(id).stream().filter(p -> !p.isKept()).toList();
    }

    private static Map<PromiseKind, CustomerPromise> byKind(List<CustomerPromise> promises) {
        return promises.stream().collect(Collectors.toMap(CustomerPromise::getKind, Function.identity(), (a, b) -> b));
    }

    private static <T> T only(List<T> items) {
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }
}
