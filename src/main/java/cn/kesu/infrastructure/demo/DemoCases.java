package cn.kesu.infrastructure.demo;

import cn.kesu.business.complaint.ApprovalAuthority;
import cn.kesu.business.complaint.CaseNumbering;
import cn.kesu.business.complaint.CaseWorkflow;
import cn.kesu.business.complaint.Deadlines;
import cn.kesu.business.complaint.ElectronicSignature;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.catalog.Customer;
import cn.kesu.model.complaint.BusinessHandling;
import cn.kesu.model.complaint.Category;
import cn.kesu.model.complaint.Channel;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Consolidation;
import cn.kesu.model.complaint.CustomerRequest;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.ProductionAnalysis;
import cn.kesu.model.complaint.QaInvestigation;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Signer;
import cn.kesu.model.complaint.SlipDetails;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.deadline.SeverityNotice;
import cn.kesu.model.deadline.SeverityReason;
import cn.kesu.model.execution.AllowanceNote;
import cn.kesu.model.execution.ReturnNote;
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
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * About 30 demo cases spread over every step, domestic and foreign, laid out over the last month so
 * that some are overdue, and two more closed last month. They are built with the domain's own moves and signed by the demo users, so
 * they look and behave like cases worked through the screens.
 */
@Dependent
public class DemoCases {

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
    CaseWorkflow workflow;

    @Inject
    ElectronicSignature signatures;

    @Inject
    Deadlines deadlines;

    @Inject
    ApprovalAuthority approvalAuthority;

    @EJB
    CaseNumbering numbering;

    @Inject
    Clock clock;

    private Map<Role, Signer> signers;

    public void load() {
        List<Customer> customers = List.of(customer("C001", "华联百货", false), customer("C002", "永辉商贸", false),
                customer("C003", "苏宁家居", false), customer("E101", "Tokyo Living Co.", true),
                customer("E102", "Hamburg Haushalt GmbH", true));
        List<CatalogEntry> types = List.of(entry(CatalogKind.ABNORMALITY_TYPE, "A01", "喷漆不良"),
                entry(CatalogKind.ABNORMALITY_TYPE, "A02", "内胆脏"), entry(CatalogKind.ABNORMALITY_TYPE, "A03", "杯身低"),
                entry(CatalogKind.ABNORMALITY_TYPE, "A04", "包装破损"), entry(CatalogKind.ABNORMALITY_TYPE, "A05", "螺纹不良"));
        CatalogEntry cause = entry(CatalogKind.CAUSE_CODE, "K01", "制程参数偏差");
        entry(CatalogKind.CAUSE_CODE, "K02", "来料不良");
        entry(CatalogKind.CAUSE_CODE, "K03", "作业疏忽");
        CatalogEntry painting = entry(CatalogKind.RESPONSIBLE_DEPARTMENT, "D01", "喷涂课");
        CatalogEntry moulding = entry(CatalogKind.RESPONSIBLE_DEPARTMENT, "D02", "成型课");
        entry(CatalogKind.RESPONSIBLE_DEPARTMENT, "D03", "包装课");
        CatalogEntry supplier = entry(CatalogKind.SUPPLIER, "S01", "华东涂料厂");
        entry(CatalogKind.SUPPLIER, "S02", "宁波不锈钢材料");
        signers = DemoUser.ALL.stream().collect(java.util.stream.Collectors.toMap(DemoUser::role,
                u -> new Signer(u.username(), u.fullName(), u.role(), u.department())));

        Instant now = clock.instant();
        for (int i = 0; i < 30; i++) {
            // Cases that go as far as consolidation or beyond take up to 11 days of steps: they start at least
            // 18 days ago, so that nothing of the demo is dated after now; the others spread over the month.
            Step target = TARGETS[i % TARGETS.length];
            int daysAgo = target.compareTo(Step.GM_CONSOLIDATION) >= 0 ? 32 - i % TARGETS.length : 32 - i;
            Instant start = now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(i % 5));
            Customer customer = customers.get(i % customers.size());
            Complaint complaint = Complaint.draft(customer, types.get(i % types.size()), slip(i, start), "business", start);
            em.persist(complaint);
            walk(complaint, target, i, start, cause, Map.of(painting, 60 + i % 3 * 10,
                    i % 2 == 0 ? supplier : moulding, 40 - i % 3 * 10));
            if (complaint.isNumbered() && complaint.getSeverity().isMajorOrWorse()) {
                em.persist(new SeverityNotice(complaint, SeverityReason.QA_FINDING, null, complaint.getAcceptedAt()));
            }
        }
        // Two cases opened on the 3rd of last month and closed in it: a finished month for the monthly
        // report, the yearly trend and the penalty notices (奖罚通知单 are made from last month's cases).
        Instant lastMonth = YearMonth.now(clock).minusMonths(1).atDay(3).atTime(9, 0).atZone(clock.getZone()).toInstant();
        for (int i = 30; i < 32; i++) {
            Instant start = lastMonth.plus(Duration.ofHours(i - 30));
            Complaint complaint = Complaint.draft(customers.get(i % customers.size()), types.get(i % types.size()),
                    slip(i, start), "business", start);
            em.persist(complaint);
            walk(complaint, Step.CLOSED, i, start, cause, Map.of(painting, 70, i % 2 == 0 ? supplier : moulding, 30));
        }
    }

    private void walk(Complaint c, Step target, int i, Instant start, CatalogEntry cause, Map<CatalogEntry, Integer> shares) {
        Instant t = start.plus(Duration.ofHours(2));
        boolean invalid = target == Step.INVALID;
        if (c.isAt(target)) {
            return;
        }
        done(c, Role.BUSINESS, SignatureMeaning.SUBMITTED, "请总经理室受理", t);
        if (c.isAt(target)) {
            return;
        }
        t = t.plus(Duration.ofHours(20));
        c.accept(numbering.nextNumber(t, clock.getZone()), deadlines.caseDue(c.getCustomer(), t), t);
        done(c, Role.GM_OFFICE, SignatureMeaning.ACCEPTED, "受理，请质量管理部调查", t);
        if (c.isAt(target) && i % 2 == 0) {
            return;
        }
        t = t.plus(Duration.ofDays(2));
        c.recordQaInvestigation(new QaInvestigation("烘烤温度偏低导致附着力不足", !invalid, target == Step.RND_OPINION,
                "B" + (2600 + i) + " 已出货 3 批", false, i % 3 == 0, "库存已全数挑选"), cause,
                invalid ? Map.of() : shares, Set.of(), i % 7 == 0 ? Severity.MAJOR : Severity.GENERAL);
        signatures.signAt(c, signers.get(Role.QA), SignatureMeaning.QA_COMPLETED, "调查完成", t);
        c.workSigned(t);
        if (c.isAt(target)) {
            return;
        }
        t = t.plus(Duration.ofHours(6));
        done(c, Role.QA_MANAGER, SignatureMeaning.QA_COUNTERSIGNED, "同意", t);
        if (c.isAt(target)) {
            return;
        }
        if (!invalid) {
            t = t.plus(Duration.ofDays(1));
            c.recordProductionAnalysis(new ProductionAnalysis("烘烤炉温控器漂移", "每小时测炉温", "更换温控器并纳入月度校验",
                    "喷涂二线", "2号炉 / 夜班", "赵六", null));
            signatures.signAt(c, signers.get(Role.PRODUCTION), SignatureMeaning.PRODUCTION_COMPLETED, "分析完成", t);
            c.workSigned(t);
            done(c, Role.PRODUCTION_MANAGER, SignatureMeaning.PRODUCTION_COUNTERSIGNED, "同意对策", t.plus(Duration.ofHours(3)));
            if (c.isAt(target)) {
                return;
            }
            if (c.isAt(Step.RND_OPINION)) {
                c.recordRndOpinion("建议改用耐高温涂料");
                done(c, Role.RND, SignatureMeaning.RND_OPINION, "建议改用耐高温涂料", t.plus(Duration.ofDays(1)));
            }
        }
        t = t.plus(Duration.ofDays(1));
        done(c, Role.GM_OFFICE, SignatureMeaning.GM_CHECKED, "查核无误", t);
        if (c.isAt(target)) {
            return;
        }
        t = t.plus(Duration.ofDays(1));
        c.recordHandling(new BusinessHandling(invalid ? "向客户说明，依正常条件收款" : "退货并折让",
                "客户原则同意", invalid ? null : 30 + i, invalid ? null : new BigDecimal(1000 + i * 900)));
        signatures.signAt(c, signers.get(Role.BUSINESS), SignatureMeaning.HANDLING_COMPLETED, "已与客户交涉", t);
        c.workSigned(t);
        done(c, Role.BUSINESS_MANAGER, SignatureMeaning.HANDLING_COUNTERSIGNED, "核阅", t.plus(Duration.ofHours(4)));
        if (c.isAt(target)) {
            return;
        }
        t = t.plus(Duration.ofDays(1));
        BigDecimal claim = invalid ? BigDecimal.ZERO : new BigDecimal(1000 + i * 900);
        c.recordConsolidation(new Consolidation(invalid ? Set.of(Disposition.EXPLANATION_ONLY)
                        : Set.of(Disposition.RETURN, Disposition.ALLOWANCE), claim, claim.multiply(new BigDecimal("0.6")),
                new BigDecimal("300"), BigDecimal.ZERO, new BigDecimal("120"), BigDecimal.ZERO, BigDecimal.ZERO,
                null, !invalid, invalid ? null : 30 + i, i % 2 == 0),
                invalid ? null : approvalAuthority.approverFor(claim, c.getSeverity()));
        done(c, Role.GM_OFFICE, invalid ? SignatureMeaning.CLOSED_INVALID : SignatureMeaning.CONSOLIDATED, "综合意见", t);
        if (c.isAt(target) || invalid) {
            return;
        }
        t = t.plus(Duration.ofDays(1));
        done(c, c.getApproverRole(), SignatureMeaning.APPROVED, "批准", t);
        if (c.isAt(target)) {
            // The later of the two cases at execution has its documents issued: work for the approver and warehouse.
            if (i > TARGETS.length) {
                documents(c, 30 + i, claim, t.plus(Duration.ofHours(3)), false);
            }
            return;
        }
        documents(c, 30 + i, claim, t.plus(Duration.ofHours(3)), true);
        done(c, Role.BUSINESS, SignatureMeaning.EXECUTED, "已依批示处理", t.plus(Duration.ofDays(2)));
    }

    /** The return and allowance notes of an approved case; {@code finish} takes them to posted. */
    private void documents(Complaint c, int quantity, BigDecimal amount, Instant at, boolean finish) {
        ReturnNote goods = new ReturnNote(c, Disposition.RETURN, quantity, "喷漆起泡不良品退回", "退回后报废，另行补货",
                at, "business");
        AllowanceNote money = new AllowanceNote(c, Disposition.ALLOWANCE, amount, "不良品折让", at, "business");
        em.persist(goods);
        em.persist(money);
        signatures.signAt(c, signers.get(Role.BUSINESS), SignatureMeaning.RETURN_ISSUED, "开立成品退货单", at);
        signatures.signAt(c, signers.get(Role.BUSINESS), SignatureMeaning.ALLOWANCE_ISSUED, "开立销货折让证明单", at);
        if (!finish) {
            return;
        }
        Instant later = at.plus(Duration.ofDays(1));
        goods.receive(quantity, "warehouse", later);
        goods.reconcile(BigDecimal.ZERO, "记-" + c.getId(), "accounting", later.plus(Duration.ofHours(2)));
        money.countersign(signers.get(c.getApproverRole()).username(), later);
        money.recordCustomerSignature("客户采购 李经理", later.atZone(clock.getZone()).toLocalDate(), "business");
        money.post("记-" + c.getId() + "Z", "accounting", later.plus(Duration.ofHours(2)));
        signatures.signAt(c, signers.get(Role.WAREHOUSE), SignatureMeaning.RETURN_RECEIVED, "实收 " + quantity, later);
        signatures.signAt(c, signers.get(Role.ACCOUNTING), SignatureMeaning.RETURN_POSTED, "入账", later);
        signatures.signAt(c, signers.get(Role.ACCOUNTING), SignatureMeaning.ALLOWANCE_POSTED, "入账", later);
    }

    private void done(Complaint c, Role role, SignatureMeaning meaning, String opinion, Instant at) {
        signatures.signAt(c, signers.get(role), meaning, opinion, at);
        workflow.advanceAt(c, at);
    }

    private static SlipDetails slip(int i, Instant received) {
        int defects = 10 + i * 7;
        return new SlipDetails("客户联系人 " + (i + 1), Channel.values()[i % Channel.values().length], received,
                "PO-" + (26000 + i), PARTS[i % PARTS.length], null, 1000 + i * 50, i % 6 == 5 ? null : defects,
                i % 3 == 0 ? Set.of(CustomerRequest.RETURN) : Set.of(CustomerRequest.ALLOWANCE, CustomerRequest.ANALYSIS_REPORT),
                i % 6 == 5, String.format(PROBLEMS[i % PROBLEMS.length], 2600 + i, defects), i % 2 == 0,
                i % 5 == 3 ? Category.NON_QUALITY : Category.QUALITY, "请尽快处理", null);
    }

    private Customer customer(String code, String name, boolean foreign) {
        Customer customer = new Customer(code, name, foreign);
        em.persist(customer);
        return customer;
    }

    private CatalogEntry entry(CatalogKind kind, String code, String name) {
        CatalogEntry entry = new CatalogEntry(kind, code, name);
        em.persist(entry);
        return entry;
    }
}
