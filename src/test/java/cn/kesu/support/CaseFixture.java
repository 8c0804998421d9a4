package cn.kesu.support;

import cn.kesu.business.catalog.CatalogAdministration;
import cn.kesu.business.complaint.approval.ApprovalDesk;
import cn.kesu.business.complaint.approval.ConsolidationInput;
import cn.kesu.business.complaint.approval.GmOffice;
import cn.kesu.business.complaint.improvement.ActionInput;
import cn.kesu.business.complaint.improvement.CompletionInput;
import cn.kesu.business.complaint.improvement.ImprovementDesk;
import cn.kesu.business.complaint.intake.BusinessDesk;
import cn.kesu.business.complaint.intake.CaseAttachments;
import cn.kesu.business.complaint.intake.ContactInput;
import cn.kesu.business.complaint.intake.HandlingInput;
import cn.kesu.business.complaint.intake.SlipInput;
import cn.kesu.business.complaint.investigation.ProductionDepartment;
import cn.kesu.business.complaint.investigation.ProductionInput;
import cn.kesu.business.complaint.investigation.QaDepartment;
import cn.kesu.business.complaint.investigation.QaInput;
import cn.kesu.business.complaint.investigation.RndDepartment;
import cn.kesu.business.complaint.objection.Objections;
import cn.kesu.business.execution.WarehouseDesk;
import cn.kesu.business.execution.accounting.AccountingDesk;
import cn.kesu.infrastructure.demo.AsAccounting;
import cn.kesu.infrastructure.demo.AsAdmin;
import cn.kesu.infrastructure.demo.AsAuditor;
import cn.kesu.infrastructure.demo.AsBusiness;
import cn.kesu.infrastructure.demo.AsBusinessManager;
import cn.kesu.infrastructure.demo.AsDeputyGm;
import cn.kesu.infrastructure.demo.AsGm;
import cn.kesu.infrastructure.demo.AsGmOffice;
import cn.kesu.infrastructure.demo.AsProduction;
import cn.kesu.infrastructure.demo.AsProductionManager;
import cn.kesu.infrastructure.demo.AsQa;
import cn.kesu.infrastructure.demo.AsQaManager;
import cn.kesu.infrastructure.demo.AsRnd;
import cn.kesu.infrastructure.demo.AsWarehouse;
import cn.kesu.infrastructure.demo.Callers;
import cn.kesu.infrastructure.demo.DemoUser;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.catalog.Customer;
import cn.kesu.model.complaint.Category;
import cn.kesu.model.complaint.Channel;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Consolidation;
import cn.kesu.model.complaint.ContactChannel;
import cn.kesu.model.complaint.ContactDocument;
import cn.kesu.model.complaint.CustomerRequest;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.improvement.ActionKind;
import cn.kesu.model.improvement.Discipline;
import cn.kesu.model.improvement.EightD;
import cn.kesu.model.improvement.LotLocation;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds cases for in-server tests by calling the department beans as the demo users, so every case
 * a test starts from went through the real rules. Codes are unique per fixture, so tests share a
 * database without meeting each other's data.
 */
@Dependent
public class CaseFixture {

    public static final String PASSWORD = DemoUser.PASSWORD;
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @EJB public AsAdmin admin;
    @EJB public AsBusiness business;
    @EJB public AsBusinessManager businessManager;
    @EJB public AsGmOffice gmOffice;
    @EJB public AsQa qa;
    @EJB public AsQaManager qaManager;
    @EJB public AsProduction production;
    @EJB public AsProductionManager productionManager;
    @EJB public AsRnd rnd;
    @EJB public AsDeputyGm deputyGm;
    @EJB public AsGm gm;
    @EJB public AsAuditor auditor;
    @EJB public AsWarehouse warehouse;
    @EJB public AsAccounting accounting;

    @EJB public BusinessDesk businessDesk;
    @EJB public GmOffice gmOfficeDesk;
    @EJB public CaseAttachments caseAttachments;
    @EJB public QaDepartment qaDepartment;
    @EJB public ProductionDepartment productionDepartment;
    @EJB public RndDepartment rndDepartment;
    @EJB public ApprovalDesk approvalDesk;
    @EJB public CatalogAdministration catalogAdministration;
    @EJB public WarehouseDesk warehouseDesk;
    @EJB public AccountingDesk accountingDesk;
    @EJB public Objections objections;
    @EJB public ImprovementDesk improvementDesk;

    @Inject public Clock clock;

    @PersistenceContext
    EntityManager em;

    @jakarta.annotation.Resource
    UserTransaction transaction;

    public Customer domestic;
    public Customer foreign;
    public CatalogEntry abnormality;
    public CatalogEntry causeCode;
    public CatalogEntry moulding;
    public CatalogEntry painting;
    public CatalogEntry supplier;

    /** Creates this fixture's own customers and codes. */
    public CaseFixture withCatalogs() throws Exception {
        String n = System.currentTimeMillis() % 100000 + "-" + SERIAL.incrementAndGet();
        domestic = admin.call(() -> catalogAdministration.addCustomer("D" + n, "国内客户" + n, false, null));
        foreign = admin.call(() -> catalogAdministration.addCustomer("F" + n, "海外客户" + n, true, null));
        abnormality = admin.call(() -> catalogAdministration.addEntry(CatalogKind.ABNORMALITY_TYPE, "A" + n, "喷漆不良"));
        causeCode = admin.call(() -> catalogAdministration.addEntry(CatalogKind.CAUSE_CODE, "C" + n, "喷涂参数偏差"));
        moulding = admin.call(() -> catalogAdministration.addEntry(CatalogKind.RESPONSIBLE_DEPARTMENT, "M" + n, "成型课"));
        painting = admin.call(() -> catalogAdministration.addEntry(CatalogKind.RESPONSIBLE_DEPARTMENT, "P" + n, "喷涂课"));
        supplier = admin.call(() -> catalogAdministration.addEntry(CatalogKind.SUPPLIER, "S" + n, "华东涂料厂"));
        return this;
    }

    public SlipInput slip(Customer customer) {
        return slip(customer, "CUP-500-BLK");
    }

    /** The slip of a part number of the test's own, e.g. one it puts in the part catalog. */
    public SlipInput slip(Customer customer, String partNo) {
        return new SlipInput(customer.getId(), abnormality.getId(), "王先生 13800000000", Channel.PHONE,
                clock.instant(), "PO-2611-001", partNo, LocalDate.now(clock).minusDays(10), 1000, 35,
                Set.of(CustomerRequest.RETURN, CustomerRequest.ANALYSIS_REPORT), false,
                "杯身喷漆起泡，批次 B2611 共 35 只", true, Category.QUALITY, "请尽快处理", null);
    }

    public Long draft(Customer customer) throws Exception {
        return business.call(() -> businessDesk.createDraft(slip(customer)));
    }

    /** The case as stored now, with steps, signatures and shares loaded, for assertions outside a transaction. */
    public Complaint load(Long id) {
        try {
            boolean own = transaction.getStatus() == jakarta.transaction.Status.STATUS_NO_TRANSACTION;
            if (own) {
                transaction.begin();
            }
            try {
                Complaint complaint = em.find(Complaint.class, id);
                complaint.getSteps().size();
                complaint.getSignatures().size();
                complaint.getResponsibilities().size();
                return complaint;
            } finally {
                if (own) {
                    transaction.rollback();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public long version(Long id) {
        return load(id).getVersion();
    }

    public Long submitted(Customer customer) throws Exception {
        Long id = draft(customer);
        business.run(() -> businessDesk.submit(id, version(id), "送总经理室", PASSWORD));
        return id;
    }

    /** At QA, a case of a part number of the test's own. */
    public Long atQa(Customer customer, String partNo) throws Exception {
        Long id = business.call(() -> businessDesk.createDraft(slip(customer, partNo)));
        business.run(() -> businessDesk.submit(id, version(id), "送总经理室", PASSWORD));
        gmOffice.run(() -> gmOfficeDesk.accept(id, version(id), "受理", PASSWORD));
        return id;
    }

    public Long atQa(Customer customer) throws Exception {
        Long id = submitted(customer);
        gmOffice.run(() -> gmOfficeDesk.accept(id, version(id), "受理", PASSWORD));
        return id;
    }

    public QaInput qaFindings(boolean established, boolean special, Severity severity) {
        return new QaInput("喷涂烘烤温度偏低导致附着力不足", causeCode.getId(), null, established, special, severity,
                established ? List.of(new QaInput.Share(painting.getId(), 70), new QaInput.Share(supplier.getId(), 30))
                        : List.of(),
                Set.of());
    }

    /**
     * QA signs and the QA manager countersigns; a major or crisis case first gets its containment
     * ({@link #contain}), without which it does not leave QA.
     */
    public void investigate(Long id, QaInput findings) throws Exception {
        containIfSerious(id, findings);
        qa.run(() -> qaDepartment.investigate(id, version(id), findings, "调查完成", PASSWORD));
        qaManager.run(() -> qaDepartment.countersign(id, version(id), "同意", PASSWORD));
    }

    /**
     * 围堵: QA opens the case's 8D if it has none and lists the affected shipped lot, which business records done at
     * once, so no open action of the fixture's own gets a reminder in a test that moves the clock.
     */
    public Long contain(Long id) throws Exception {
        if (qa.call(() -> improvementDesk.of(id)).isEmpty()) {
            qa.call(() -> improvementDesk.open(id, version(id)));
        }
        EightD eightD = qa.call(() -> improvementDesk.of(id)).orElseThrow();
        Long shipped = qa.call(() -> improvementDesk.addAction(eightD.getId(), eightD.getVersion(),
                new ActionInput(ActionKind.SHIPPED_LOT, "通知客户隔离库存", Department.BUSINESS, LocalDate.now(clock),
                        new ActionInput.Lot("B2611", 3000, LotLocation.CUSTOMER_STOCK)), null));
        long version = qa.call(() -> improvementDesk.action(shipped)).orElseThrow().getVersion();
        business.run(() -> improvementDesk.completeAction(shipped, version, CompletionInput.shownBy("客户回函已隔离")));
        return shipped;
    }

    /** The containment a major or crisis case needs before QA signs these findings, unless it has some already. */
    public void containIfSerious(Long id, QaInput findings) throws Exception {
        if (findings.established() && (findings.severity() != Severity.GENERAL
                || load(id).getSeverity() != Severity.GENERAL) && !contained(id)) {
            contain(id);
        }
    }

    private boolean contained(Long id) throws Exception {
        return qa.call(() -> improvementDesk.of(id).map(d -> improvementDesk.actions(d.getId()).stream()
                .anyMatch(a -> a.getDiscipline() == Discipline.CONTAINMENT)).orElse(false));
    }

    public ProductionInput productionFindings() {
        return new ProductionInput("烘烤炉温控器漂移", "加严巡检，每小时测炉温", "更换温控器并纳入月度校验",
                "喷涂二线", "2号炉 / 夜班", "赵六", LocalDate.now(clock).minusDays(20));
    }

    public void analyse(Long id) throws Exception {
        production.run(() -> productionDepartment.analyse(id, version(id), productionFindings(), "分析完成", PASSWORD));
        productionManager.run(() -> productionDepartment.countersign(id, version(id), "同意对策", PASSWORD));
    }

    public void check(Long id) throws Exception {
        gmOffice.run(() -> gmOfficeDesk.check(id, version(id), "查核无误", PASSWORD));
    }

    public void handle(Long id) throws Exception {
        business.run(() -> businessDesk.proposeHandling(id, version(id),
                new HandlingInput("退货 35 只并折让", "客户原则同意", 35, new BigDecimal("3500.00")), "已与客户交涉", PASSWORD));
        businessManager.run(() -> businessDesk.countersignHandling(id, version(id), "核阅", PASSWORD));
    }

    /** Return 35 and an allowance of the claim; loss 2,450.00. */
    public ConsolidationInput consolidation(BigDecimal claim) {
        return consolidation(claim, Set.of(Disposition.RETURN, Disposition.ALLOWANCE), 35);
    }

    public ConsolidationInput consolidation(BigDecimal claim, Set<Disposition> dispositions, Integer returnQuantity) {
        return new ConsolidationInput(dispositions, claim,
                new BigDecimal("2000"), new BigDecimal("300"), BigDecimal.ZERO, new BigDecimal("150"), BigDecimal.ZERO,
                null, "喷涂课罚款 200 元", true, returnQuantity, null, true);
    }

    /** 经理批示: the business manager releases a return note to the warehouse. */
    public void release(Long id, Long note) throws Exception {
        businessManager.run(() -> businessDesk.releaseReturnNote(id, version(id), note, PASSWORD));
    }

    public void consolidate(Long id, BigDecimal claim) throws Exception {
        gmOffice.run(() -> gmOfficeDesk.consolidate(id, version(id), consolidation(claim), "综合意见", PASSWORD));
    }

    /** An established, non-special case at the approval step with the claim given. */
    public Long atApproval(Customer customer, BigDecimal claim, Severity severity) throws Exception {
        Long id = atQa(customer);
        investigate(id, qaFindings(true, false, severity));
        analyse(id);
        check(id);
        handle(id);
        consolidate(id, claim);
        return id;
    }

    /** An approved case at execution: consolidated as given and approved by the approver the authority named. */
    public Long atExecution(Customer customer, ConsolidationInput approved) throws Exception {
        return atExecution(customer, approved, qaFindings(true, false, Severity.GENERAL));
    }

    public Long atExecution(Customer customer, ConsolidationInput approved, QaInput findings) throws Exception {
        Long id = atQa(customer);
        toExecution(id, approved, findings);
        return id;
    }

    /** Takes a case at QA through every step to execution, consolidated as given. */
    public void toExecution(Long id, ConsolidationInput approved, QaInput findings) throws Exception {
        investigate(id, findings);
        analyse(id);
        check(id);
        handle(id);
        gmOffice.run(() -> gmOfficeDesk.consolidate(id, version(id), approved, "综合意见", PASSWORD));
        approver(load(id).getApproverRole()).run(() -> approvalDesk.approve(id, version(id), "同意", PASSWORD));
    }

    /** A case at QA whose slip left the quantities pending: the customer is still processing the goods. */
    public Long pendingAtQa(Customer customer) throws Exception {
        SlipInput s = slip(customer);
        SlipInput pending = new SlipInput(s.customerId(), s.abnormalityTypeId(), s.contact(), s.channel(), s.receivedAt(),
                s.orderNo(), s.partNo(), s.shipmentDate(), null, null, s.customerRequests(), true, s.description(),
                s.sampleReceived(), s.category(), s.businessRemark(), null);
        Long id = business.call(() -> businessDesk.createDraft(pending));
        business.run(() -> businessDesk.submit(id, version(id), "送总经理室", PASSWORD));
        gmOffice.run(() -> gmOfficeDesk.accept(id, version(id), "受理", PASSWORD));
        return id;
    }

    /** A case closed with one explanation acknowledged (仅说明), claim 0. */
    public Long closed(Customer customer) throws Exception {
        Long id = atExecution(customer, consolidation(BigDecimal.ZERO, Set.of(Disposition.EXPLANATION_ONLY), null));
        business.run(() -> businessDesk.recordAcknowledgement(id, version(id), "客户已接受说明", PASSWORD));
        answer(id);
        business.run(() -> businessDesk.completeExecution(id, version(id), "结案", PASSWORD));
        return id;
    }

    /** A case closed now (结案) after its approved claim was carried out and the customer told (最终答复). */
    public Long closed(Customer customer, BigDecimal claim) throws Exception {
        Long id = atExecution(customer, consolidation(claim));
        execute(id);
        answer(id);
        business.run(() -> businessDesk.completeExecution(id, version(id), "结案", PASSWORD));
        return id;
    }

    /** Business tells the customer what was approved (最终答复), now: 结案 waits for it. */
    public void answer(Long id) throws Exception {
        business.call(() -> businessDesk.recordContact(id, new ContactInput(clock.instant(), ContactChannel.LETTER,
                "函告客户核准结果", Set.of(ContactDocument.FINAL_ANSWER))));
    }

    /**
     * Carries out every approved disposition through the real desks: a return-type disposition gets a
     * return note for the whole approved quantity, received in full and posted; an allowance-type one a
     * note for the whole approved amount, countersigned, signed by the customer and posted; an
     * explanation its acknowledgement. Meant for cases with at most one disposition of each kind.
     */
    public void execute(Long id) throws Exception {
        Complaint complaint = load(id);
        Consolidation approved = complaint.getConsolidation();
        Callers approver = approver(complaint.getApproverRole());
        for (Disposition disposition : new java.util.TreeSet<>(approved.getDispositions())) {
            if (disposition.needsReturnNote()) {
                int quantity = approved.approvedReturnQuantity();
                Long note = business.call(() -> businessDesk.issueReturnNote(id, version(id), disposition, quantity,
                        "不良品退回", "退回后报废，另行补货", PASSWORD));
                release(id, note);
                warehouse.run(() -> warehouseDesk.receiveReturn(id, version(id), note, quantity, PASSWORD));
                accounting.run(() -> accountingDesk.reconcileReturn(id, version(id), note, "记-" + note, PASSWORD));
            } else if (disposition.needsAllowanceNote()) {
                BigDecimal amount = approved.approvedAmount();
                Long note = business.call(() -> businessDesk.issueAllowanceNote(id, version(id), disposition, amount,
                        "不良品折让", PASSWORD));
                approver.run(() -> approvalDesk.countersignAllowanceNote(id, version(id), note, PASSWORD));
                business.run(() -> businessDesk.recordCustomerSignature(id, version(id), note, "客户采购 李经理",
                        LocalDate.now(clock), PASSWORD));
                accounting.run(() -> accountingDesk.postAllowance(id, version(id), note, "记-Z" + note, PASSWORD));
            } else {
                business.run(() -> businessDesk.recordAcknowledgement(id, version(id), "客户已接受说明", PASSWORD));
            }
        }
    }

    /** The caller acting as the given approver. */
    public Callers approver(Role role) {
        return switch (role) {
            case BUSINESS_MANAGER -> businessManager;
            case DEPUTY_GM -> deputyGm;
            case GM -> gm;
            default -> throw new IllegalArgumentException("no approver " + role);
        };
    }

    /** Every demo user, each acting in the name of its role, by username. */
    public Map<String, Callers> everyDemoUser() {
        Map<String, Callers> users = new LinkedHashMap<>();
        users.put("business", business);
        users.put("business-manager", businessManager);
        users.put("qa", qa);
        users.put("qa-manager", qaManager);
        users.put("production", production);
        users.put("production-manager", productionManager);
        users.put("rnd", rnd);
        users.put("gm-office", gmOffice);
        users.put("deputy-gm", deputyGm);
        users.put("gm", gm);
        users.put("warehouse", warehouse);
        users.put("accounting", accounting);
        users.put("auditor", auditor);
        users.put("admin", admin);
        return users;
    }

    public Step step(Long id) {
        return load(id).getCurrentStep();
    }
}
