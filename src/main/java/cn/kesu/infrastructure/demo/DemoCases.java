package cn.kesu.infrastructure.demo;

import cn.kesu.business.catalog.CatalogAdministration;
import cn.kesu.business.complaint.approval.ApprovalDesk;
import cn.kesu.business.complaint.approval.ConsolidationInput;
import cn.kesu.business.complaint.approval.GmOffice;
import cn.kesu.business.complaint.improvement.ActionInput;
import cn.kesu.business.complaint.improvement.CompletionInput;
import cn.kesu.business.complaint.improvement.ImprovementDesk;
import cn.kesu.business.complaint.improvement.LotInput;
import cn.kesu.business.complaint.improvement.RootCauseInput;
import cn.kesu.business.complaint.intake.BusinessDesk;
import cn.kesu.business.complaint.intake.ContactInput;
import cn.kesu.business.complaint.intake.HandlingInput;
import cn.kesu.business.complaint.intake.SlipInput;
import cn.kesu.business.complaint.investigation.ProductionDepartment;
import cn.kesu.business.complaint.investigation.ProductionInput;
import cn.kesu.business.complaint.investigation.QaDepartment;
import cn.kesu.business.complaint.investigation.QaInput;
import cn.kesu.business.complaint.investigation.RndDepartment;
import cn.kesu.business.execution.WarehouseDesk;
import cn.kesu.business.execution.accounting.AccountingDesk;
import cn.kesu.infrastructure.time.ReplayedTime;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.catalog.Customer;
import cn.kesu.model.complaint.Category;
import cn.kesu.model.complaint.Channel;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.ContactChannel;
import cn.kesu.model.complaint.ContactDocument;
import cn.kesu.model.complaint.CustomerRequest;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.improvement.ActionKind;
import cn.kesu.model.improvement.EightD;
import cn.kesu.model.improvement.ImprovementAction;
import cn.kesu.model.improvement.LotLocation;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * About 30 demo cases spread over every step, domestic and foreign, laid out over the last month so that
 * some are overdue, and two more closed last month. Their history is replayed through the department beans
 * as the demo users would have worked it, each step at its past time ({@link ReplayedTime}): the same role,
 * step, recusal, signature and approval checks as on the screens, the same numbering, deadlines, severity
 * notices and repeat rule. Runs outside a transaction, so that each step commits as it would from a screen.
 */
@Dependent
public class DemoCases {

    private static final String PASSWORD = DemoUser.PASSWORD;
    private static final String[] PARTS = {"CUP-500-BLK", "CUP-350-WHT", "POT-1200-SS", "BTL-750-RED", "JAR-2000-GLS"};
    private static final String[] PROBLEMS = {
            "杯身喷漆起泡，批次 B%d 共 %d 只", "内胆有黑点，客户抽检 %2$d 只不良（批次 B%1$d）",
            "杯身高度低于图面 0.8 mm，批次 B%d 不良 %d 只", "外箱破损、产品刮伤，批次 B%d 共 %d 只",
            "盖子螺纹卡滞，批次 B%d 不良 %d 只"};
    private static final Step[] TARGETS = {Step.DRAFT, Step.SUBMITTED, Step.QA_INVESTIGATION, Step.QA_INVESTIGATION,
            Step.PRODUCTION_ANALYSIS, Step.RND_OPINION, Step.GM_CHECK, Step.BUSINESS_HANDLING, Step.GM_CONSOLIDATION,
            Step.APPROVAL, Step.EXECUTION, Step.CLOSED, Step.INVALID, Step.CLOSED, Step.APPROVAL};

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB AsAdmin admin;
    @EJB AsBusiness business;
    @EJB AsBusinessManager businessManager;
    @EJB AsGmOffice gmOffice;
    @EJB AsQa qa;
    @EJB AsQaManager qaManager;
    @EJB AsProduction production;
    @EJB AsProductionManager productionManager;
    @EJB AsRnd rnd;
    @EJB AsDeputyGm deputyGm;
    @EJB AsGm gm;
    @EJB AsWarehouse warehouse;
    @EJB AsAccounting accounting;

    @EJB CatalogAdministration catalogs;
    @EJB BusinessDesk businessDesk;
    @EJB GmOffice gmOfficeDesk;
    @EJB QaDepartment qaDepartment;
    @EJB ProductionDepartment productionDepartment;
    @EJB RndDepartment rndDepartment;
    @EJB ApprovalDesk approvalDesk;
    @EJB WarehouseDesk warehouseDesk;
    @EJB AccountingDesk accountingDesk;
    @EJB ImprovementDesk improvement;

    private List<CatalogEntry> types;
    private CatalogEntry cause;
    private CatalogEntry painting;
    private CatalogEntry moulding;
    private CatalogEntry supplier;

    public void load() throws Exception {
        List<Customer> customers = List.of(customer("C001", "华联百货", false), customer("C002", "永辉商贸", false),
                customer("C003", "苏宁家居", false), customer("E101", "Tokyo Living Co.", true),
                customer("E102", "Hamburg Haushalt GmbH", true));
        types = List.of(entry(CatalogKind.ABNORMALITY_TYPE, "A01", "喷漆不良"),
                entry(CatalogKind.ABNORMALITY_TYPE, "A02", "内胆脏"), entry(CatalogKind.ABNORMALITY_TYPE, "A03", "杯身低"),
                entry(CatalogKind.ABNORMALITY_TYPE, "A04", "包装破损"), entry(CatalogKind.ABNORMALITY_TYPE, "A05", "螺纹不良"));
        cause = entry(CatalogKind.CAUSE_CODE, "K01", "制程参数偏差");
        entry(CatalogKind.CAUSE_CODE, "K02", "来料不良");
        entry(CatalogKind.CAUSE_CODE, "K03", "作业疏忽");
        painting = entry(CatalogKind.RESPONSIBLE_DEPARTMENT, "D01", "喷涂课");
        moulding = entry(CatalogKind.RESPONSIBLE_DEPARTMENT, "D02", "成型课");
        entry(CatalogKind.RESPONSIBLE_DEPARTMENT, "D03", "包装课");
        supplier = entry(CatalogKind.SUPPLIER, "S01", "华东涂料厂");
        entry(CatalogKind.SUPPLIER, "S02", "宁波不锈钢材料");

        Instant now = clock.instant();
        List<Planned> plans = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // Cases that go as far as consolidation or beyond take up to 11 days of steps: they start at least
            // 18 days ago, so that nothing of the demo is dated after now; the others spread over the month.
            Step target = TARGETS[i % TARGETS.length];
            int daysAgo = target.compareTo(Step.GM_CONSOLIDATION) >= 0 ? 32 - i % TARGETS.length : 32 - i;
            plans.add(new Planned(i, now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(i % 5)), target));
        }
        // Two cases opened on the 3rd of last month and closed in it: a finished month for the monthly
        // report, the yearly trend and the penalty notices (奖罚通知单 are made from last month's cases).
        Instant lastMonth = YearMonth.now(clock).minusMonths(1).atDay(3).atTime(9, 0).atZone(clock.getZone()).toInstant();
        for (int i = 30; i < 32; i++) {
            plans.add(new Planned(i, lastMonth.plus(Duration.ofHours(i - 30)), Step.CLOSED));
        }
        // One customer who did not accept the conclusion: the case closed as 客户不接受，转新单, its notes voided,
        // and the re-complaint waits as business's draft.
        plans.add(new Planned(32, now.minus(Duration.ofDays(20)), Step.NOT_ACCEPTED));
        // In the order the customers called: every case is accepted the day after it came in, so the month's
        // serial numbers follow the acceptance times as they do on a real server.
        plans.sort(Comparator.comparing(Planned::start));
        List<Long> closed = new ArrayList<>();
        for (Planned plan : plans) {
            Long id = file(plan.i(), customers.get(plan.i() % customers.size()), plan.start());
            walk(id, plan.target(), plan.i(), plan.start());
            if (plan.target() == Step.CLOSED) {
                closed.add(id);
            }
        }
        improvementLoop(closed);
    }

    /**
     * Two closed cases marked 需追踪改善 carry on in their 8D (issue 14): the first is closed after three clean lots, the
     * second waits for production's corrective action, past its due day, with one clean lot so far.
     */
    private void improvementLoop(List<Long> closed) throws Exception {
        List<Long> tracked = new ArrayList<>();
        for (Long id : closed) {
            if (eightD(id) != null && tracked.size() < 2) {
                tracked.add(id);
            }
        }
        for (int n = 0; n < tracked.size(); n++) {
            Long id = tracked.get(n);
            boolean finished = n == 0;
            Instant t = load(id).getClosedAt().plus(Duration.ofDays(1));
            act(t, qa, () -> improvement.findRootCause(eightD(id).getId(), eightD(id).getVersion(), new RootCauseInput(
                    "质量管理部 张伟、制造部 王强、业务部 李娜", "烘烤炉温控器漂移，炉温低于设定 15 ℃，涂层附着力不足",
                    "出货检验只做外观，未做附着力划格测试", "为何起泡→附着力不足→炉温低→温控器漂移→温控器未纳入校验计划",
                    cause.getId()), PASSWORD));
            Long containment = at(t, qa, () -> improvement.addAction(eightD(id).getId(), eightD(id).getVersion(),
                    new ActionInput(ActionKind.STOCK_SORTING, "库存及在途品全数挑选", Department.QA, day(t, 1)), null));
            Long corrective = at(t, qa, () -> improvement.addAction(eightD(id).getId(), eightD(id).getVersion(),
                    new ActionInput(ActionKind.CORRECTIVE, "更换温控器并纳入月度校验", Department.PRODUCTION, day(t, 3)),
                    null));
            Long prevention = at(t, qa, () -> improvement.addAction(eightD(id).getId(), eightD(id).getVersion(),
                    new ActionInput(ActionKind.DOCUMENTS, "出货检验增加附着力划格测试，更新检验规范", Department.QA, day(t, 5)),
                    null));
            Instant done = t.plus(Duration.ofHours(20));
            act(done, qa, () -> improvement.completeAction(containment, action(containment).getVersion(),
                    new CompletionInput("挑选记录 SR-" + id, 2000, 35, 1965, null)));
            if (!finished) {
                lot(id, "L" + id + "-1", t.plus(Duration.ofDays(2)), 0, null);
                continue;
            }
            act(done.plus(Duration.ofDays(1)), production, () -> improvement.completeAction(corrective,
                    action(corrective).getVersion(), CompletionInput.shownBy("温控器已更换，校验单 CAL-" + id)));
            act(done.plus(Duration.ofDays(2)), qa, () -> improvement.completeAction(prevention,
                    action(prevention).getVersion(), CompletionInput.shownBy("检验规范 QI-07 第 3 版已发行")));
            for (int lot = 1; lot <= 3; lot++) {
                lot(id, "L" + id + "-" + lot, t.plus(Duration.ofDays(3L + lot)), 0, null);
            }
            for (ImprovementAction hold : em.createQuery("select a from ImprovementAction a where a.eightD.id = :id",
                    ImprovementAction.class).setParameter("id", eightD(id).getId()).getResultList()) {
                if (hold.isHoldInForce() && hold.isDone()) {
                    act(t.plus(Duration.ofDays(7)), qa, () -> improvement.releaseHold(hold.getId(), hold.getVersion(),
                            "温控器已更换并校验，连续三批无此不良，恢复生产", PASSWORD));
                }
            }
            act(t.plus(Duration.ofDays(8)), qaManager, () -> improvement.close(eightD(id).getId(), eightD(id).getVersion(),
                    "连续三批无此不良，对策有效", PASSWORD));
        }
    }

    /**
     * 围堵 of a major case, before QA signs its investigation: the shipped lot at the customer, a 暂停生产通知 that
     * production puts in place (still in force), the stock sorted, and the decision not to recall.
     */
    private void contain(Long id, int i, Instant t) throws Exception {
        act(t, qa, () -> improvement.open(id, version(id)));
        String lot = "B" + (2600 + i);
        Long shipped = at(t, qa, () -> improvement.addAction(eightD(id).getId(), eightD(id).getVersion(),
                new ActionInput(ActionKind.SHIPPED_LOT, "通知客户隔离库存，待退回", Department.BUSINESS, day(t, 2),
                        new ActionInput.Lot(lot, 3000, LotLocation.CUSTOMER_STOCK)), null));
        Long hold = at(t, qa, () -> improvement.addAction(eightD(id).getId(), eightD(id).getVersion(),
                new ActionInput(ActionKind.WIP_HOLD, "喷涂二线在制品全部隔离，待温控器校验后恢复", Department.PRODUCTION,
                        day(t, 0)), PASSWORD));
        Long sorting = at(t, qa, () -> improvement.addAction(eightD(id).getId(), eightD(id).getVersion(),
                new ActionInput(ActionKind.STOCK_SORTING, "成品仓库存全数挑选", Department.WAREHOUSE, day(t, 1)), null));
        Long recall = at(t, qa, () -> improvement.addAction(eightD(id).getId(), eightD(id).getVersion(),
                new ActionInput(ActionKind.RECALL, "评估在途及客户处产品是否召回", Department.BUSINESS, day(t, 1)), null));
        Instant later = t.plus(Duration.ofHours(2));
        act(later, production, () -> improvement.completeAction(hold, action(hold).getVersion(),
                CompletionInput.shownBy("二线已停线，在制品 600 只挂红牌隔离")));
        act(later, warehouse, () -> improvement.completeAction(sorting, action(sorting).getVersion(),
                new CompletionInput("挑选记录 SR-" + lot, 1200, 18, 1182, null)));
        act(later, business, () -> improvement.completeAction(recall, action(recall).getVersion(),
                new CompletionInput("不良集中在 " + lot + "，客户处已隔离，无需召回", null, null, null, false)));
        if (i % 2 == 0) {
            act(later, business, () -> improvement.completeAction(shipped, action(shipped).getVersion(),
                    CompletionInput.shownBy("客户回函确认已隔离 3,000 只")));
        }
    }

    private void lot(Long id, String lotNo, Instant at, int defects, String note) throws Exception {
        act(at, qa, () -> improvement.recordLot(eightD(id).getId(), eightD(id).getVersion(), new LotInput(lotNo,
                at.atZone(clock.getZone()).toLocalDate(), 2000, 125, defects, note)));
    }

    /** The case's 8D as it stands now, or null. */
    private EightD eightD(Long caseId) {
        return em.createQuery("select d from EightD d where d.complaint.id = :id", EightD.class)
                .setParameter("id", caseId).getResultStream().findFirst().orElse(null);
    }

    private ImprovementAction action(Long actionId) {
        return em.find(ImprovementAction.class, actionId);
    }

    private LocalDate day(Instant from, int daysLater) {
        return from.atZone(clock.getZone()).toLocalDate().plusDays(daysLater);
    }

    private record Planned(int i, Instant start, Step target) {
    }

    /** Business files the slip as a draft when the customer calls. */
    private Long file(int i, Customer customer, Instant received) throws Exception {
        int defects = 10 + i * 7;
        boolean pending = i % 6 == 5;
        SlipInput slip = new SlipInput(customer.getId(), types.get(i % types.size()).getId(), "客户联系人 " + (i + 1),
                Channel.values()[i % Channel.values().length], received, "PO-" + (26000 + i), PARTS[i % PARTS.length],
                null, 1000 + i * 50, pending ? null : defects,
                i % 3 == 0 ? Set.of(CustomerRequest.RETURN) : Set.of(CustomerRequest.ALLOWANCE, CustomerRequest.ANALYSIS_REPORT),
                pending, String.format(PROBLEMS[i % PROBLEMS.length], 2600 + i, defects), i % 2 == 0,
                i % 5 == 3 ? Category.NON_QUALITY : Category.QUALITY, "请尽快处理", null,
                i % 4 == 1 ? received.atZone(clock.getZone()).toLocalDate().plusDays(6) : null);
        return at(received, business, () -> businessDesk.createDraft(slip));
    }

    /** Works the case from its draft up to {@code target}, a step at a time as the departments would. */
    private void walk(Long id, Step target, int i, Instant start) throws Exception {
        Instant t = start.plus(Duration.ofHours(2));
        boolean invalid = target == Step.INVALID;
        if (reached(id, target)) {
            return;
        }
        act(t, business, () -> businessDesk.submit(id, version(id), "请总经理室受理", PASSWORD));
        if (i % 5 != 4) {
            // One case in five waits longer than a working day to hear that its complaint was received.
            told(id, t.plus(Duration.ofHours(1)), "电话告知客户已收到投诉，正在安排调查", ContactDocument.ACKNOWLEDGEMENT);
        }
        if (reached(id, target)) {
            return;
        }
        t = t.plus(Duration.ofHours(20));
        act(t, gmOffice, () -> gmOfficeDesk.accept(id, version(id), "受理，请质量管理部调查", PASSWORD));
        if (reached(id, target) && i % 2 == 0) {
            return;
        }
        t = t.plus(Duration.ofDays(2));
        QaInput findings = new QaInput("烘烤温度偏低导致附着力不足", cause.getId(), null, !invalid, target == Step.RND_OPINION,
                i % 7 == 0 ? Severity.MAJOR : Severity.GENERAL,
                invalid ? List.of() : List.of(new QaInput.Share(painting.getId(), 60 + i % 3 * 10),
                        new QaInput.Share((i % 2 == 0 ? supplier : moulding).getId(), 40 - i % 3 * 10)),
                Set.of());
        if (findings.established() && (findings.severity() != Severity.GENERAL
                || load(id).getSeverity() != Severity.GENERAL)) {
            contain(id, i, t);
        }
        act(t, qa, () -> qaDepartment.investigate(id, version(id), findings, "调查完成", PASSWORD));
        if (i % 3 != 2) {
            told(id, t.plus(Duration.ofHours(2)), "邮件发送初步报告：原因初判为烘烤温度偏低", ContactDocument.INITIAL_REPORT,
                    ContactDocument.ANALYSIS_REPORT);
        }
        if (reached(id, target)) {
            return;
        }
        t = t.plus(Duration.ofHours(6));
        act(t, qaManager, () -> qaDepartment.countersign(id, version(id), "同意", PASSWORD));
        if (reached(id, target)) {
            return;
        }
        if (!invalid) {
            t = t.plus(Duration.ofDays(1));
            act(t, production, () -> productionDepartment.analyse(id, version(id), new ProductionInput("烘烤炉温控器漂移",
                    "每小时测炉温", "更换温控器并纳入月度校验", "喷涂二线", "2号炉 / 夜班", "赵六", null), "分析完成", PASSWORD));
            act(t.plus(Duration.ofHours(3)), productionManager,
                    () -> productionDepartment.countersign(id, version(id), "同意对策", PASSWORD));
            if (reached(id, target)) {
                return;
            }
            if (reached(id, Step.RND_OPINION)) {
                act(t.plus(Duration.ofDays(1)), rnd,
                        () -> rndDepartment.giveOpinion(id, version(id), "建议改用耐高温涂料", PASSWORD));
            }
        }
        t = t.plus(Duration.ofDays(1));
        act(t, gmOffice, () -> gmOfficeDesk.check(id, version(id), "查核无误", PASSWORD));
        if (reached(id, target)) {
            return;
        }
        t = t.plus(Duration.ofDays(1));
        BigDecimal claim = invalid ? BigDecimal.ZERO : new BigDecimal(1000 + i * 900);
        Integer quantity = invalid ? null : 30 + i;
        HandlingInput handling = new HandlingInput(invalid ? "向客户说明，依正常条件收款" : "退货并折让", "客户原则同意",
                quantity, invalid ? null : claim);
        act(t, business, () -> businessDesk.proposeHandling(id, version(id), handling, "已与客户交涉", PASSWORD));
        act(t.plus(Duration.ofHours(4)), businessManager,
                () -> businessDesk.countersignHandling(id, version(id), "核阅", PASSWORD));
        if (reached(id, target)) {
            return;
        }
        t = t.plus(Duration.ofDays(1));
        ConsolidationInput consolidation = new ConsolidationInput(invalid ? Set.of(Disposition.EXPLANATION_ONLY)
                : Set.of(Disposition.RETURN, Disposition.ALLOWANCE), claim, claim.multiply(new BigDecimal("0.6")),
                new BigDecimal("300"), BigDecimal.ZERO, new BigDecimal("120"), BigDecimal.ZERO, BigDecimal.ZERO,
                null, !invalid, quantity, invalid ? null : new BigDecimal("1.2500"), i % 2 == 0);
        if (invalid) {
            quantitiesConfirmed(id, i, t.minus(Duration.ofHours(1)));
        }
        act(t, gmOffice, () -> gmOfficeDesk.consolidate(id, version(id), consolidation, "综合意见", PASSWORD));
        if (reached(id, target) || invalid) {
            return;
        }
        t = t.plus(Duration.ofDays(1));
        Callers approver = approver(load(id).getApproverRole());
        act(t, approver, () -> approvalDesk.approve(id, version(id), "批准", PASSWORD));
        if (target == Step.NOT_ACCEPTED) {
            documents(id, quantity, claim, approver, t.plus(Duration.ofHours(3)), false);
            act(t.plus(Duration.ofDays(2)), business, () -> businessDesk.fileRecomplaint(id, version(id),
                    "客户不接受折让金额，要求全数换货", PASSWORD));
            return;
        }
        if (reached(id, target)) {
            // The later of the two cases at execution has its documents issued: work for the approver (the allowance
            // note) and the business manager (the return note to release to the warehouse).
            if (i > TARGETS.length) {
                documents(id, quantity, claim, approver, t.plus(Duration.ofHours(3)), false);
            }
            return;
        }
        told(id, t.plus(Duration.ofHours(2)), "告知客户核准结果：退货并折让", ContactDocument.FINAL_ANSWER);
        documents(id, quantity, claim, approver, t.plus(Duration.ofHours(3)), true);
        quantitiesConfirmed(id, i, t.plus(Duration.ofDays(1)).plus(Duration.ofHours(6)));
        act(t.plus(Duration.ofDays(2)), business, () -> businessDesk.completeExecution(id, version(id), "已依批示处理", PASSWORD));
    }

    /** The customer confirmed the quantities left pending at entry: business records them before the case closes. */
    private void quantitiesConfirmed(Long id, int i, Instant at) throws Exception {
        if (load(id).getSlip().isQuantitiesPending()) {
            act(at, business, () -> businessDesk.completeQuantities(id, version(id), 1000 + i * 50, 10 + i * 7,
                    PASSWORD));
        }
    }

    /** The return and allowance notes of an approved case; {@code finish} takes them to posted. */
    private void documents(Long id, int quantity, BigDecimal amount, Callers approver, Instant at, boolean finish)
            throws Exception {
        Long goods = at(at, business, () -> businessDesk.issueReturnNote(id, version(id), Disposition.RETURN, quantity,
                "喷漆起泡不良品退回", "退回后报废，另行补货", PASSWORD));
        Long money = at(at, business, () -> businessDesk.issueAllowanceNote(id, version(id), Disposition.ALLOWANCE,
                amount, "不良品折让", PASSWORD));
        if (!finish) {
            return;
        }
        act(at.plus(Duration.ofHours(2)), businessManager, () -> businessDesk.releaseReturnNote(id, version(id), goods,
                PASSWORD));
        Instant later = at.plus(Duration.ofDays(1));
        act(later, warehouse, () -> warehouseDesk.receiveReturn(id, version(id), goods, quantity, PASSWORD));
        act(later, approver, () -> approvalDesk.countersignAllowanceNote(id, version(id), money, PASSWORD));
        LocalDate signedOn = later.atZone(clock.getZone()).toLocalDate();
        act(later, business, () -> businessDesk.recordCustomerSignature(id, version(id), money, "客户采购 李经理",
                signedOn, PASSWORD));
        Instant posted = later.plus(Duration.ofHours(2));
        act(posted, accounting, () -> accountingDesk.reconcileReturn(id, version(id), goods, "记-" + id, PASSWORD));
        act(posted, accounting, () -> accountingDesk.postAllowance(id, version(id), money, "记-" + id + "Z", PASSWORD));
    }

    private Callers approver(Role role) {
        return switch (role) {
            case BUSINESS_MANAGER -> businessManager;
            case DEPUTY_GM -> deputyGm;
            case GM -> gm;
            default -> throw new IllegalStateException("no approver " + role);
        };
    }

    /** Business records a contact with the customer, as it happened then (issue 14). */
    private void told(Long id, Instant time, String said, ContactDocument... sent) throws Exception {
        at(time, business, () -> businessDesk.recordContact(id, new ContactInput(time, ContactChannel.PHONE, said,
                Set.of(sent))));
    }

    private <T> T at(Instant time, Callers who, Callable<T> action) throws Exception {
        return ReplayedTime.at(time, () -> who.call(action));
    }

    private void act(Instant time, Callers who, Callers.ThrowingRunnable action) throws Exception {
        at(time, who, () -> {
            action.run();
            return null;
        });
    }

    /** Read outside a transaction: each call sees what the last step committed. */
    private Complaint load(Long id) {
        return em.find(Complaint.class, id);
    }

    private long version(Long id) {
        return load(id).getVersion();
    }

    private boolean reached(Long id, Step target) {
        return load(id).isAt(target);
    }

    private Customer customer(String code, String name, boolean foreign) throws Exception {
        return admin.call(() -> catalogs.addCustomer(code, name, foreign, null));
    }

    private CatalogEntry entry(CatalogKind kind, String code, String name) throws Exception {
        return admin.call(() -> catalogs.addEntry(kind, code, name));
    }
}
