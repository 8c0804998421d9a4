package cn.kesu.business.improvement;

import static cn.kesu.support.CaseFixture.PASSWORD;
import static cn.kesu.support.MovableClock.shanghai;
import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.approval.ConsolidationInput;
import cn.kesu.business.complaint.improvement.ActionDoneException;
import cn.kesu.business.complaint.improvement.ActionInput;
import cn.kesu.business.complaint.improvement.ActionsOpenException;
import cn.kesu.business.complaint.improvement.CleanLotsRequiredException;
import cn.kesu.business.complaint.improvement.CompletionInput;
import cn.kesu.business.complaint.improvement.CorrectiveActionRequiredException;
import cn.kesu.business.complaint.improvement.EightDClosedException;
import cn.kesu.business.complaint.improvement.EightDExistsException;
import cn.kesu.business.complaint.improvement.HoldInForceException;
import cn.kesu.business.complaint.improvement.HoldNotInForceException;
import cn.kesu.business.complaint.improvement.HoldToProductionException;
import cn.kesu.business.complaint.improvement.ImprovementDesk;
import cn.kesu.business.complaint.improvement.LotFiguresException;
import cn.kesu.business.complaint.improvement.LotInput;
import cn.kesu.business.complaint.improvement.NotActionOwnerException;
import cn.kesu.business.complaint.improvement.NotEstablishedException;
import cn.kesu.business.complaint.improvement.PastDueDateException;
import cn.kesu.business.complaint.improvement.RecallDecisionRequiredException;
import cn.kesu.business.complaint.improvement.RootCauseInput;
import cn.kesu.business.complaint.improvement.RootCauseRequiredException;
import cn.kesu.business.complaint.improvement.ShippedLotRequiredException;
import cn.kesu.business.complaint.improvement.SortingFiguresException;
import cn.kesu.business.complaint.signature.SignatureRefusedException;
import cn.kesu.business.complaint.workflow.StaleCaseException;
import cn.kesu.business.complaint.workflow.TextRequiredException;
import cn.kesu.business.deadline.Notices;
import cn.kesu.business.deadline.ReminderScan;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.improvement.ActionKind;
import cn.kesu.model.improvement.Discipline;
import cn.kesu.model.improvement.EightD;
import cn.kesu.model.improvement.ImprovementAction;
import cn.kesu.model.improvement.LotLocation;
import cn.kesu.model.improvement.OpenReason;
import cn.kesu.model.deadline.Reminder;
import cn.kesu.model.deadline.ReminderKind;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Issue 14, the improvement loop: the 8D opens by itself for a major case, a re-complaint or a case marked
 * 需追踪改善, and by QA for any established case; QA finds the root cause and sets actions with owners and due days,
 * watched by 催办单 to the owner; each owner records its action done; three consecutive clean lots close it, and a lot
 * with the defect reopens D4 and starts the count again. Every refusal on the way. From Monday 2 November 2026.
 */
class EightDIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @Inject
    MovableClock clock;

    @Inject
    Notices notices;

    @EJB
    ReminderScan scan;

    @EJB
    ImprovementDesk desk;

    @EJB
    cn.kesu.business.complaint.improvement.EightDReport report;

    @Inject
    ValidatorFactory validators;

    @EJB
    cn.kesu.business.statistics.StatisticsDesk statistics;

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theRuleOpensAnEightDForACaseRaisedToMajorAfterQaAndForACaseMarkedForTracking() throws Exception {
        clock.set(shanghai(2026, 11, 2, 9, 0));
        Long major = fixture.atQa(fixture.domestic);
        fixture.investigate(major, fixture.qaFindings(true, false, Severity.GENERAL));
        assertNull(eightD(major), "a general case has none");
        fixture.gmOffice.run(() -> fixture.gmOfficeDesk.raiseSeverity(major, fixture.version(major), Severity.MAJOR,
                "客户停线"));
        EightD opened = eightD(major);
        assertEquals(OpenReason.MAJOR, opened.getReason());
        assertNull(opened.getOpened().getActor(), "opened by the rule");

        Long general = fixture.atQa(fixture.domestic);
        fixture.investigate(general, fixture.qaFindings(true, false, Severity.GENERAL));
        assertNull(eightD(general), "a general case without tracking has none");
        fixture.analyse(general);
        fixture.check(general);
        fixture.handle(general);
        fixture.consolidate(general, new BigDecimal("800"));
        assertEquals(OpenReason.TRACKING, eightD(general).getReason(), "the consolidation asked for 追踪改善");
        assertRefused(EightDExistsException.class, () -> fixture.qa.call(() -> desk.open(general,
                fixture.version(general))));
    }

    /**
     * Containment starts with the investigation: QA opens the 8D at its step and sets D3 actions; a major complaint
     * does not leave QA before one is listed — a corrective action is not a containment decision.
     */
    @Test
    void containmentStartsDuringTheInvestigationAndAMajorCaseDoesNotPassQaWithoutIt() throws Exception {
        clock.set(shanghai(2026, 11, 2, 9, 0));
        Long id = fixture.atQa(fixture.domestic);
        Long opened = fixture.qa.call(() -> desk.open(id, fixture.version(id)));
        addAction(eightD(id), ActionKind.CORRECTIVE, "更换温控器", Department.PRODUCTION, LocalDate.of(2026, 11, 9));
        var major = fixture.qaFindings(true, false, Severity.MAJOR);
        assertRefused(cn.kesu.business.complaint.investigation.ContainmentDecisionRequiredException.class,
                () -> fixture.qa.run(() -> fixture.qaDepartment.investigate(id, fixture.version(id), major, "调查完成",
                        PASSWORD)));
        Long intercept = addAction(eightD(id), ActionKind.OTHER_CONTAINMENT, "在途 3 批拦截", Department.BUSINESS,
                LocalDate.of(2026, 11, 3));
        assertEquals(Set.of(intercept), fixture.business.call(() -> desk.options(id)).completable(),
                "business owns the action and is offered it");
        fixture.investigate(id, major);
        assertEquals(opened, eightD(id).getId(), "the rule finds the 8D QA opened and opens no other");
        assertEquals(OpenReason.QA, eightD(id).getReason());
        assertEquals(2, fixture.qa.call(() -> desk.actions(opened)).size(), "the fixture added no containment");
    }

    /**
     * Each containment kind keeps its own record: a shipped lot its number, quantity and place; a stock sorting the
     * quantities that add up; a recall the decision; a 暂停生产通知 goes to production, is signed by QA at issue and
     * at release, prints as its own signed notice, and keeps the 8D open while it is in force.
     */
    @Test
    void containmentKindsKeepTheirOwnRecordAndAHoldIsSignedAndReleased() throws Exception {
        clock.set(shanghai(2026, 11, 2, 9, 0));
        Long id = majorCase();
        LocalDate due = LocalDate.of(2026, 11, 4);
        assertRefused(ShippedLotRequiredException.class, () -> addAction(eightD(id), ActionKind.SHIPPED_LOT,
                "客户库存隔离", Department.BUSINESS, due));
        Long shipped = fixture.qa.call(() -> desk.addAction(eightD(id).getId(), eightD(id).getVersion(),
                new ActionInput(ActionKind.SHIPPED_LOT, "在途批次拦截", Department.BUSINESS, due,
                        new ActionInput.Lot(" B2611-07 ", 1500, LotLocation.IN_TRANSIT)), null));
        ImprovementAction lot = action(id, shipped);
        assertEquals("B2611-07", lot.getShippedLot().getLotNo());
        assertEquals(1500, lot.getShippedLot().getQuantity());
        assertEquals(LotLocation.IN_TRANSIT, lot.getShippedLot().getLocation());
        assertEquals(Discipline.CONTAINMENT, lot.getDiscipline());

        Long sorting = addAction(eightD(id), ActionKind.STOCK_SORTING, "成品仓全数挑选", Department.WAREHOUSE, due);
        for (CompletionInput wrong : List.of(CompletionInput.shownBy("挑选记录 SR-9"),
                new CompletionInput("挑选记录 SR-9", 1000, 30, 960, null),
                new CompletionInput("挑选记录 SR-9", 0, 0, 0, null))) {
            assertRefused(SortingFiguresException.class, () -> fixture.warehouse.run(() -> desk.completeAction(sorting,
                    action(id, sorting).getVersion(), wrong)));
        }
        fixture.warehouse.run(() -> desk.completeAction(sorting, action(id, sorting).getVersion(),
                new CompletionInput("挑选记录 SR-9", 1000, 30, 970, null)));
        assertEquals(30, action(id, sorting).getSorting().getRejected());

        Long recall = addAction(eightD(id), ActionKind.RECALL, "评估是否召回", Department.BUSINESS, due);
        assertRefused(RecallDecisionRequiredException.class, () -> fixture.business.run(() -> desk.completeAction(
                recall, action(id, recall).getVersion(), CompletionInput.shownBy("已评估"))));
        fixture.business.run(() -> desk.completeAction(recall, action(id, recall).getVersion(),
                new CompletionInput("客户处已隔离，无需召回", null, null, null, false)));
        assertEquals(Boolean.FALSE, action(id, recall).getRecall());

        assertRefused(HoldToProductionException.class, () -> fixture.qa.call(() -> desk.addAction(eightD(id).getId(),
                eightD(id).getVersion(), new ActionInput(ActionKind.WIP_HOLD, "二线停线", Department.WAREHOUSE, due),
                PASSWORD)));
        assertRefused(SignatureRefusedException.class, () -> fixture.qa.call(() -> desk.addAction(eightD(id).getId(),
                eightD(id).getVersion(), new ActionInput(ActionKind.WIP_HOLD, "二线停线", Department.PRODUCTION, due),
                "wrong")));
        Long hold = fixture.qa.call(() -> desk.addAction(eightD(id).getId(), eightD(id).getVersion(),
                new ActionInput(ActionKind.WIP_HOLD, "喷涂二线在制品全部隔离", Department.PRODUCTION, due), PASSWORD));
        assertTrue(fixture.load(id).getSignatures().stream()
                .anyMatch(s -> s.getMeaning() == SignatureMeaning.WIP_HOLD_ISSUED), "the hold notice is signed");
        assertRefused(HoldNotInForceException.class, () -> fixture.qa.run(() -> desk.releaseHold(hold,
                action(id, hold).getVersion(), "已校验", PASSWORD)));
        fixture.production.run(() -> desk.completeAction(hold, action(id, hold).getVersion(),
                CompletionInput.shownBy("二线已停线，在制品 600 只挂红牌")));
        assertEquals(Set.of(hold), fixture.qa.call(() -> desk.options(id)).releasable());
        assertEquals(Set.of(), fixture.production.call(() -> desk.options(id)).releasable());
        assertRefused(EJBAccessException.class, () -> fixture.production.run(() -> desk.releaseHold(hold,
                action(id, hold).getVersion(), "自行恢复", PASSWORD)));

        findRootCause(id);
        Long corrective = addAction(eightD(id), ActionKind.CORRECTIVE, "更换温控器", Department.PRODUCTION, due);
        fixture.production.run(() -> desk.completeAction(corrective, action(id, corrective).getVersion(),
                CompletionInput.shownBy("校验单 CAL-90")));
        fixture.business.run(() -> desk.completeAction(shipped, action(id, shipped).getVersion(),
                CompletionInput.shownBy("已拦截")));
        for (int n = 1; n <= 3; n++) {
            lot(id, "B2612-0" + n, 0, null);
        }
        assertRefused(HoldInForceException.class, () -> close(id));

        String notice = printed(fixture.production.call(() -> report.holdNotice(hold)));
        assertTrue(notice.contains("暂停生产通知") && notice.contains("喷涂二线在制品全部隔离")
                && notice.contains("制造部落实production") && notice.contains("未解除"), notice);
        assertNull(fixture.production.call(() -> report.holdNotice(recall)), "a recall is no hold notice");
        assertRefused(TextRequiredException.class, () -> fixture.qaManager.run(() -> desk.releaseHold(hold,
                action(id, hold).getVersion(), " ", PASSWORD)));
        fixture.qaManager.run(() -> desk.releaseHold(hold, action(id, hold).getVersion(), "温控器已校验，恢复生产",
                PASSWORD));
        ImprovementAction released = action(id, hold);
        assertFalse(released.isHoldInForce());
        assertEquals("qa-manager", released.getRelease().getActor());
        assertTrue(fixture.load(id).getSignatures().stream()
                .anyMatch(s -> s.getMeaning() == SignatureMeaning.WIP_HOLD_RELEASED), "the release is signed");
        assertRefused(HoldNotInForceException.class, () -> fixture.qa.run(() -> desk.releaseHold(hold,
                released.getVersion(), "再解除", PASSWORD)));
        assertTrue(printed(fixture.auditor.call(() -> report.holdNotice(hold))).contains("温控器已校验，恢复生产"));
        close(id);

        String forCustomer = printed(fixture.business.call(() -> report.of(id, true)));
        assertTrue(forCustomer.contains("批号 B2611-") && forCustomer.contains("1500") && forCustomer.contains("挑选 1000")
                && forCustomer.contains("放行 970") && forCustomer.contains("决定不召回")
                && forCustomer.contains("已解除"), forCustomer);
    }

    @Test
    void qaOpensOneForAnyEstablishedCaseEvenClosedAndNobodyElseDoes() throws Exception {
        ConsolidationInput usual = fixture.consolidation(BigDecimal.ZERO, Set.of(Disposition.EXPLANATION_ONLY), null);
        Long closed = fixture.atExecution(fixture.domestic, new ConsolidationInput(usual.dispositions(),
                usual.claimAmount(), usual.lossProductValue(), usual.lossFreight(), usual.lossRework(), usual.lossScrap(),
                usual.lossCompensation(), usual.lossOther(), usual.penaltyProposal(), false, usual.returnQuantity(),
                usual.goodsUnitPrice(), usual.affectsReceivables()));
        fixture.business.run(() -> fixture.businessDesk.recordAcknowledgement(closed, fixture.version(closed),
                "客户已接受说明", PASSWORD));
        fixture.answer(closed);
        fixture.business.run(() -> fixture.businessDesk.completeExecution(closed, fixture.version(closed), "结案",
                PASSWORD));
        assertNull(eightD(closed), "a general case without tracking has none");
        assertRefused(EJBAccessException.class, () -> fixture.business.call(() -> desk.open(closed,
                fixture.version(closed))));
        assertRefused(StaleCaseException.class, () -> fixture.qa.call(() -> desk.open(closed,
                fixture.version(closed) - 1)));
        Long id = fixture.qa.call(() -> desk.open(closed, fixture.version(closed)));
        EightD opened = eightD(closed);
        assertEquals(id, opened.getId());
        assertEquals(OpenReason.QA, opened.getReason());
        assertEquals("qa", opened.getOpened().getActor());
        assertFalse(opened.isClosed(), "the case closed (结案) before its 8D");

        Long invalid = fixture.atQa(fixture.domestic);
        fixture.investigate(invalid, fixture.qaFindings(false, false, Severity.GENERAL));
        assertRefused(NotEstablishedException.class, () -> fixture.qa.call(() -> desk.open(invalid,
                fixture.version(invalid))));
        Long submitted = fixture.submitted(fixture.domestic);
        assertRefused(NotEstablishedException.class, () -> fixture.qaManager.call(() -> desk.open(submitted,
                fixture.version(submitted))));
    }

    @Test
    void actionsAreRemindedToTheirOwnerAndDoneByIt() throws Exception {
        clock.set(shanghai(2026, 11, 2, 9, 0));
        Long id = majorCase();
        EightD eightD = eightD(id);
        assertRefused(PastDueDateException.class, () -> addAction(eightD(id), ActionKind.OTHER_CONTAINMENT, "挑选库存",
                Department.PRODUCTION, LocalDate.of(2026, 11, 1)));
        assertRefused(EJBAccessException.class, () -> fixture.production.call(() -> desk.addAction(eightD.getId(),
                eightD(id).getVersion(), new ActionInput(ActionKind.CORRECTIVE, "换温控器", Department.PRODUCTION,
                        LocalDate.of(2026, 11, 3)), null)));
        Long sorting = addAction(eightD(id), ActionKind.OTHER_CONTAINMENT, "库存 2,000 只全数挑选", Department.PRODUCTION,
                LocalDate.of(2026, 11, 3));
        ImprovementAction action = action(id, sorting);
        assertEquals(shanghai(2026, 11, 4, 0, 0).toInstant(), action.getDueAt(), "the end of the due day");

        clock.set(shanghai(2026, 11, 4, 10, 0));
        scan.issueReminders();
        List<Reminder> reminders = notices.reminders(id, ReminderKind.ACTION);
        assertEquals(1, reminders.size());
        assertEquals(Department.PRODUCTION, reminders.get(0).getHolderDepartment());
        assertEquals(Set.of(Role.PRODUCTION, Role.PRODUCTION_MANAGER), reminders.get(0).addressees());
        assertEquals(sorting, reminders.get(0).getAction().getId());

        assertRefused(NotActionOwnerException.class, () -> fixture.qa.run(() -> desk.completeAction(sorting,
                action.getVersion(), CompletionInput.shownBy("质量管理部代填"))));
        assertRefused(TextRequiredException.class, () -> fixture.production.run(() -> desk.completeAction(sorting,
                action.getVersion(), CompletionInput.shownBy(" "))));
        assertRefused(StaleCaseException.class, () -> fixture.production.run(() -> desk.completeAction(sorting,
                action.getVersion() + 1, CompletionInput.shownBy("挑选记录 SR-1104"))));
        assertTrue(fixture.production.call(() -> desk.ownActions()).stream().anyMatch(a -> a.id().equals(sorting)),
                "on production's own list");
        assertFalse(fixture.qa.call(() -> desk.ownActions()).stream().anyMatch(a -> a.id().equals(sorting)));
        assertEquals(1L, fixture.gmOffice.call(() -> desk.openEightDs()).stream()
                .filter(row -> row.caseId().equals(id)).findFirst().orElseThrow().overdueActions(),
                "the GM office sees every open 8D and its overdue actions");
        assertFalse(fixture.production.call(() -> desk.followsEveryEightD()));
        assertRefused(EJBAccessException.class, () -> fixture.production.call(() -> desk.openEightDs()));
        fixture.productionManager.run(() -> desk.completeAction(sorting, action.getVersion(),
                CompletionInput.shownBy("挑选记录 SR-1104")));
        ImprovementAction done = action(id, sorting);
        assertEquals("production-manager", done.getCompletion().getActor());
        assertEquals("挑选记录 SR-1104", done.getEvidence());
        assertRefused(ActionDoneException.class, () -> fixture.production.run(() -> desk.completeAction(sorting,
                done.getVersion(), CompletionInput.shownBy("再记一次"))));
        clock.set(shanghai(2026, 11, 5, 10, 0));
        scan.issueReminders();
        assertEquals(1, notices.reminders(id, ReminderKind.ACTION).size(), "a done action is not reminded");
    }

    @Test
    void threeCleanLotsInARowCloseItAndALotWithTheDefectReopensTheRootCause() throws Exception {
        clock.set(shanghai(2026, 11, 2, 9, 0));
        Long id = majorCase();
        assertRefused(RootCauseRequiredException.class, () -> close(id));
        findRootCause(id);
        assertTrue(fixture.load(id).getSignatures().stream()
                .anyMatch(s -> s.getMeaning() == SignatureMeaning.ROOT_CAUSE_FOUND), "D4 is signed");
        Long prevention = addAction(eightD(id), ActionKind.WORK_INSTRUCTION, "更新作业指导书", Department.QA,
                LocalDate.of(2026, 11, 20));
        assertRefused(ActionsOpenException.class, () -> close(id));
        fixture.qa.run(() -> desk.completeAction(prevention, action(id, prevention).getVersion(),
                CompletionInput.shownBy("WI-PT-07 第 3 版")));
        assertRefused(CorrectiveActionRequiredException.class, () -> close(id));
        Long corrective = addAction(eightD(id), ActionKind.CORRECTIVE, "更换温控器并纳入月度校验", Department.PRODUCTION,
                LocalDate.of(2026, 11, 10));
        fixture.production.run(() -> desk.completeAction(corrective, action(id, corrective).getVersion(),
                CompletionInput.shownBy("校验单 CAL-88")));

        lot(id, "B2611-01", 0, null);
        lot(id, "B2611-02", 0, null);
        assertRefused(CleanLotsRequiredException.class, () -> close(id));
        assertRefused(LotFiguresException.class, () -> lot(id, "B2611-03", 3, " "));
        assertRefused(LotFiguresException.class, () -> fixture.qa.run(() -> desk.recordLot(eightD(id).getId(),
                eightD(id).getVersion(), new LotInput("B2611-03", LocalDate.of(2026, 11, 2), 100, 101, 0, null))));
        lot(id, "B2611-03", 2, "附着力不良 2 只");
        EightD reopened = eightD(id);
        assertEquals(0, reopened.getCleanLots());
        assertFalse(reopened.hasRootCause(), "the cause found was not the whole cause");
        assertTrue(reopened.getReopenedBecause().contains("B2611-03"), reopened.getReopenedBecause());
        assertEquals(3, fixture.auditor.call(() -> desk.lots(reopened.getId())).size(), "every lot kept; none refused");

        findRootCause(id);
        lot(id, "B2611-04", 0, null);
        lot(id, "B2611-05", 0, null);
        lot(id, "B2611-06", 0, null);
        assertRefused(EJBAccessException.class, () -> fixture.qa.run(() -> desk.close(eightD(id).getId(),
                eightD(id).getVersion(), "", PASSWORD)));
        close(id);
        EightD closed = eightD(id);
        assertTrue(closed.isClosed());
        assertEquals("qa-manager", closed.getClosing().getActor());
        assertEquals("效果确认", closed.getRecognition(), "D8 keeps the closing opinion and recognition");
        assertTrue(fixture.load(id).getSignatures().stream()
                .anyMatch(s -> s.getMeaning() == SignatureMeaning.EIGHT_D_CLOSED), "D8 is signed");
        assertRefused(EightDClosedException.class, () -> lot(id, "B2611-07", 0, null));

        String forCustomer = printed(fixture.business.call(() -> report.of(id, true)));
        assertTrue(forCustomer.contains("烘烤炉温控器漂移") && forCustomer.contains("更换温控器")
                && forCustomer.contains("B2611-06") && forCustomer.contains("已结案 Closed"), forCustomer);
        assertFalse(forCustomer.contains("张三") || forCustomer.contains("校验单 CAL-88")
                || forCustomer.contains("喷涂课罚款"), "no names, evidence or penalties for the customer: " + forCustomer);
        String internal = printed(fixture.auditor.call(() -> report.of(id, false)));
        assertTrue(internal.contains("张三") && internal.contains("校验单 CAL-88"), internal);
        assertNull(fixture.auditor.call(() -> report.of(fixture.atQa(fixture.domestic), true)), "no 8D, no report");
    }

    /** The text of every page, as a reader of the PDF gets it. */
    private static String printed(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /**
     * The month's statistics count the 8Ds open at its end and each department's open and overdue actions then. In
     * June 2016, before any other test's time, so nothing else is open.
     */
    @Test
    void theMonthCountsOpenEightDsAndEachDepartmentsOpenAndOverdueActions() throws Exception {
        clock.set(shanghai(2016, 6, 1, 9, 0));
        Long id = majorCase();
        addAction(eightD(id), ActionKind.CORRECTIVE, "更换温控器", Department.PRODUCTION, LocalDate.of(2016, 6, 3));
        addAction(eightD(id), ActionKind.WORK_INSTRUCTION, "更新作业指导书", Department.QA, LocalDate.of(2016, 6, 30));
        Long done = addAction(eightD(id), ActionKind.OTHER_CONTAINMENT, "挑选库存", Department.QA, LocalDate.of(2016, 6, 2));
        fixture.qa.run(() -> desk.completeAction(done, action(id, done).getVersion(),
                CompletionInput.shownBy("挑选记录")));
        clock.set(shanghai(2016, 6, 20, 9, 0));
        var june = fixture.gmOffice.call(() -> statistics.live(java.time.YearMonth.of(2016, 6)));
        assertEquals(1, june.getOpenEightDs());
        var byDepartment = june.getDepartments().stream().collect(java.util.stream.Collectors.toMap(
                cn.kesu.business.statistics.DepartmentFigures::getDepartment, d -> d));
        assertEquals(1, byDepartment.get("PRODUCTION").getOpenActions());
        assertEquals(1, byDepartment.get("PRODUCTION").getOverdueActions(), "due on the 3rd");
        assertEquals(1, byDepartment.get("QA").getOpenActions(), "the done one is not open");
        assertEquals(0, byDepartment.get("QA").getOverdueActions(), "due on the 30th");
        assertEquals(0, fixture.gmOffice.call(() -> statistics.live(java.time.YearMonth.of(2016, 5))).getOpenEightDs(),
                "not yet opened at the end of May");
    }

    /** "Today" for @PastOrPresent is the company's, not the server's zone (a server in UTC refused Shanghai's today). */
    @Test
    void aLotMadeTodayInTheCompanysZoneIsNotInTheFuture() throws Exception {
        assertEquals(fixture.clock.getZone(), validators.getClockProvider().getClock().getZone());
        Long id = majorCase();
        fixture.qa.run(() -> desk.recordLot(eightD(id).getId(), eightD(id).getVersion(), new LotInput("B-TODAY",
                LocalDate.now(fixture.clock), 100, 100, 0, null)));
        assertEquals(1, eightD(id).getCleanLots());
    }

    private Long majorCase() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        fixture.investigate(id, fixture.qaFindings(true, false, Severity.MAJOR));
        return id;
    }

    private void findRootCause(Long id) throws Exception {
        fixture.qa.run(() -> desk.findRootCause(eightD(id).getId(), eightD(id).getVersion(), new RootCauseInput(
                "张三（质量）、李四（制造）", "烘烤炉温控器漂移，炉温低 15 ℃", "出货检验未做附着力测试",
                "为何附着力不足→炉温低→温控器漂移→未纳入校验", fixture.causeCode.getId()), PASSWORD));
    }

    private Long addAction(EightD eightD, ActionKind kind, String what, Department owner, LocalDate due)
            throws Exception {
        return fixture.qa.call(() -> desk.addAction(eightD.getId(), eightD.getVersion(),
                new ActionInput(kind, what, owner, due), null));
    }

    private void lot(Long id, String lotNo, int defects, String note) throws Exception {
        fixture.qa.run(() -> desk.recordLot(eightD(id).getId(), eightD(id).getVersion(),
                new LotInput(lotNo, LocalDate.of(2026, 11, 2), 500, 80, defects, note)));
    }

    private void close(Long id) throws Exception {
        fixture.qaManager.run(() -> desk.close(eightD(id).getId(), eightD(id).getVersion(), "效果确认", PASSWORD));
    }

    private EightD eightD(Long caseId) throws Exception {
        return fixture.auditor.call(() -> desk.of(caseId)).orElse(null);
    }

    private ImprovementAction action(Long caseId, Long actionId) throws Exception {
        return fixture.auditor.call(() -> desk.actions(eightD(caseId).getId())).stream()
                .filter(a -> a.getId().equals(actionId)).findFirst().orElseThrow();
    }
}
