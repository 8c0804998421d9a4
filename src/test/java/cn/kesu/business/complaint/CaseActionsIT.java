package cn.kesu.business.complaint;

import cn.kesu.infrastructure.demo.Callers;
import static cn.kesu.support.Refusals.assertRefused;
import static cn.kesu.support.Refusals.passesUpTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.action.CaseAction;
import cn.kesu.business.complaint.action.CaseOptions;
import cn.kesu.business.complaint.action.FollowUpDoneException;
import cn.kesu.business.complaint.intake.AttachmentRefusedException;
import cn.kesu.business.complaint.intake.HandlingInput;
import cn.kesu.business.complaint.investigation.QaInput;
import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.signature.SignatureRefusedException;
import cn.kesu.business.complaint.workflow.ReasonRequiredException;
import cn.kesu.business.complaint.workflow.TextRequiredException;
import cn.kesu.business.execution.Execution;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case page offers exactly what the server allows: for every demo user (each role) and a case at
 * every step (awaiting the countersignature, recused, at execution before and after a document), the
 * options the page renders ({@link CaseQueries#options}) are compared with what each department bean
 * does when the action is really posted. A probe carries a wrong password (or an empty reason, or a
 * file of a refused type), so the bean answers with that refusal exactly when every rule before it let
 * the caller through, and nothing is changed.
 */
class CaseActionsIT extends InContainerTest {

    private static final String WRONG = "not-the-password";

    /** Every action a probe can post without changing anything; 回访 has neither password nor reason to spoil. */
    private static final Set<CaseAction> PROBED = EnumSet.complementOf(EnumSet.of(CaseAction.FOLLOW_UP));

    @Inject
    CaseFixture fixture;

    @EJB
    CaseQueries queries;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Inject
    Execution execution;

    @Test
    void theCasePageOffersExactlyWhatTheServerAllowsForEveryRoleAtEveryStep() throws Exception {
        fixture.withCatalogs();
        Map<String, Long> cases = casesAtEveryStep();
        Map<String, Callers> users = fixture.everyDemoUser();
        List<String> drift = new ArrayList<>();
        int allowed = 0;

        for (Map.Entry<String, Long> at : cases.entrySet()) {
            Long id = at.getValue();
            for (Map.Entry<String, Callers> user : users.entrySet()) {
                Set<CaseAction> offered = offered(user.getValue(), id);
                for (CaseAction action : PROBED) {
                    boolean serverAllows = probe(user.getValue(), id, action);
                    allowed += serverAllows ? 1 : 0;
                    if (offered.contains(action) != serverAllows) {
                        drift.add(at.getKey() + " / " + user.getKey() + " / " + action + ": page "
                                + (offered.contains(action) ? "offers" : "hides") + ", server "
                                + (serverAllows ? "allows" : "refuses"));
                    }
                }
            }
        }

        assertTrue(drift.isEmpty(), String.join("\n", drift));
        assertTrue(allowed >= cases.size(), "the probes reach the actions: " + allowed + " allowed");
    }

    @Test
    void sendBackAtExecutionIsOfferedUntilTheFirstDocumentAndRefusedAfter() throws Exception {
        fixture.withCatalogs();
        Long id = fixture.atExecution(fixture.domestic,
                fixture.consolidation(BigDecimal.ZERO, Set.of(Disposition.EXPLANATION_ONLY), null));
        assertTrue(offered(fixture.business, id).contains(CaseAction.SEND_BACK));

        fixture.business.run(() -> fixture.businessDesk.recordAcknowledgement(id, fixture.version(id), "客户已接受说明",
                CaseFixture.PASSWORD));

        CaseOptions options = fixture.business.call(() -> queries.options(id));
        assertTrue(options.refusal(CaseAction.SEND_BACK).orElseThrow() instanceof
                cn.kesu.business.execution.DocumentsIssuedException, options.toString());
        assertEquals(EnumSet.of(CaseAction.ATTACH, CaseAction.RECOMPLAIN, CaseAction.OBJECT,
                CaseAction.ISSUE_DOCUMENT, CaseAction.CONTACT), options.allowed(),
                "attaching, the customer's non-acceptance, objecting, issuing documents and contacting remain");
        assertTrue(options.refusal(CaseAction.WORK).orElseThrow() instanceof
                cn.kesu.business.deadline.FinalAnswerRequiredException, "结案 waits for the final answer");

        fixture.answer(id);
        assertTrue(fixture.business.call(() -> queries.options(id)).allowed().contains(CaseAction.WORK),
                "told: the case may close");
    }

    @Test
    void theFollowUpIsOfferedToBusinessOnceTheCaseIsClosedAndOnlyOnce() throws Exception {
        fixture.withCatalogs();
        Long id = fixture.closed(fixture.domestic);
        assertTrue(offered(fixture.business, id).contains(CaseAction.FOLLOW_UP));
        assertFalse(offered(fixture.qa, id).contains(CaseAction.FOLLOW_UP));
        assertFalse(offered(fixture.gmOffice, id).contains(CaseAction.FOLLOW_UP));

        fixture.business.call(() -> fixture.businessDesk.recordFollowUp(id, fixture.version(id),
                cn.kesu.model.complaint.Satisfaction.SATISFIED, "客户满意"));

        CaseOptions options = fixture.business.call(() -> queries.options(id));
        assertTrue(options.refusal(CaseAction.FOLLOW_UP).orElseThrow() instanceof FollowUpDoneException);
        assertRefused(FollowUpDoneException.class, () -> fixture.business.call(() -> fixture.businessDesk.recordFollowUp(
                id, fixture.version(id), cn.kesu.model.complaint.Satisfaction.SATISFIED, "再次回访")));
    }

    @Test
    void onlyTheGmRulesOnAnObjectionAndOnlyAccountingSettlesAClaimEachOnceAndNeitherWhenRecused() throws Exception {
        fixture.withCatalogs();
        Long id = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("3500")));
        Long objection = fixture.production.call(() -> fixture.objections.file(id, "喷涂课责任比例过高"));
        Long claim = fixture.gmOffice.call(() -> fixture.gmOfficeDesk.raiseSupplierClaim(id, fixture.supplier.getId()));

        for (Map.Entry<String, Callers> user : fixture.everyDemoUser().entrySet()) {
            CaseOptions options = options(user.getValue(), id);
            boolean rules = probeRuling(user.getValue(), objection);
            boolean settles = probeSettlement(user.getValue(), claim);
            assertEquals(rules, options != null && options.mayRule(objection), user.getKey() + " rules");
            assertEquals(settles, options != null && options.maySettle(claim), user.getKey() + " settles");
            assertEquals("gm".equals(user.getKey()), rules, user.getKey());
            assertEquals("accounting".equals(user.getKey()), settles, user.getKey());
        }

        QaInput naming = fixture.qaFindings(true, false, Severity.GENERAL);
        Long recused = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("3500")),
                new QaInput(naming.cause(), naming.causeCodeId(), null, true, false, Severity.GENERAL, naming.shares(),
                        Set.of("gm", "accounting")));
        Long namedObjection = fixture.production.call(() -> fixture.objections.file(recused, "责任比例过高"));
        Long namedClaim = fixture.gmOffice.call(() -> fixture.gmOfficeDesk.raiseSupplierClaim(recused,
                fixture.supplier.getId()));
        assertFalse(options(fixture.gm, recused).mayRule(namedObjection), "the gm named responsible does not rule");
        assertFalse(probeRuling(fixture.gm, namedObjection));
        assertFalse(options(fixture.accounting, recused).maySettle(namedClaim), "nor the accountant named settle");
        assertFalse(probeSettlement(fixture.accounting, namedClaim));
    }

    private CaseOptions options(Callers user, Long id) throws Exception {
        try {
            return user.call(() -> queries.options(id));
        } catch (EJBException notACaseReader) {
            return null;
        }
    }

    private boolean probeRuling(Callers user, Long objection) {
        long version = em.find(cn.kesu.model.complaint.Objection.class, objection).getVersion();
        return passesUpTo(SignatureRefusedException.class, () -> user.run(() -> fixture.objections.rule(objection,
                version, cn.kesu.model.complaint.Ruling.UPHELD, "采纳", WRONG)));
    }

    private boolean probeSettlement(Callers user, Long claim) {
        long version = em.find(cn.kesu.model.execution.SupplierClaim.class, claim).getVersion();
        return passesUpTo(cn.kesu.business.execution.SettlementAboveClaimException.class, () -> user.run(
                () -> fixture.accountingDesk.settleSupplierClaim(claim, version, new BigDecimal("999999"), null)));
    }

    private Set<CaseAction> offered(Callers user, Long id) throws Exception {
        try {
            return user.call(() -> queries.options(id)).allowed();
        } catch (EJBException notACaseReader) {
            return Set.of();
        }
    }

    /** True when the bean let the caller through every rule up to the deliberately wrong last input. */
    private boolean probe(Callers user, Long id, CaseAction action) {
        Step step = fixture.step(id);
        long version = fixture.version(id);
        Class<? extends Throwable> passed = switch (action) {
            case SEND_BACK -> ReasonRequiredException.class;
            case RECOMPLAIN, RAISE_SEVERITY, OBJECT, ISSUE_DOCUMENT -> TextRequiredException.class;
            case CLAIM_SUPPLIER -> cn.kesu.business.execution.SupplierNotResponsibleException.class;
            case ATTACH -> AttachmentRefusedException.class;
            case CONTACT -> cn.kesu.business.execution.FutureDateException.class;
            default -> SignatureRefusedException.class;
        };
        Callers.ThrowingRunnable call = post(id, version, step, action);
        return call != null && passesUpTo(passed, () -> user.run(call));
    }

    /** The bean method the page posts for the action at this step, with its deliberately wrong last input. */
    private Callers.ThrowingRunnable post(Long id, long v, Step step, CaseAction action) {
        return switch (action) {
            case WORK -> switch (step) {
                case DRAFT -> () -> fixture.businessDesk.submit(id, v, "x", WRONG);
                case SUBMITTED -> () -> fixture.gmOfficeDesk.accept(id, v, "x", WRONG);
                case QA_INVESTIGATION -> () -> fixture.qaDepartment.investigate(id, v,
                        fixture.qaFindings(true, false, Severity.GENERAL), "x", WRONG);
                case PRODUCTION_ANALYSIS -> () -> fixture.productionDepartment.analyse(id, v,
                        fixture.productionFindings(), "x", WRONG);
                case RND_OPINION -> () -> fixture.rndDepartment.giveOpinion(id, v, "x", WRONG);
                case GM_CHECK -> () -> fixture.gmOfficeDesk.check(id, v, "x", WRONG);
                case BUSINESS_HANDLING -> () -> fixture.businessDesk.proposeHandling(id, v,
                        new HandlingInput("退货", "客户同意", 35, new BigDecimal("3500.00")), "x", WRONG);
                case GM_CONSOLIDATION -> () -> fixture.gmOfficeDesk.consolidate(id, v,
                        fixture.consolidation(new BigDecimal("1000")), "x", WRONG);
                case EXECUTION -> () -> fixture.businessDesk.completeExecution(id, v, "x", WRONG);
                case APPROVAL, CLOSED, INVALID, NOT_ACCEPTED -> null;
            };
            case COUNTERSIGN -> switch (step) {
                case QA_INVESTIGATION -> () -> fixture.qaDepartment.countersign(id, v, "x", WRONG);
                case PRODUCTION_ANALYSIS -> () -> fixture.productionDepartment.countersign(id, v, "x", WRONG);
                case BUSINESS_HANDLING -> () -> fixture.businessDesk.countersignHandling(id, v, "x", WRONG);
                default -> null;
            };
            case APPROVE -> step == Step.APPROVAL ? () -> fixture.approvalDesk.approve(id, v, "x", WRONG) : null;
            case SEND_BACK -> switch (step) {
                case SUBMITTED, GM_CHECK, GM_CONSOLIDATION -> () -> fixture.gmOfficeDesk.sendBack(id, v, " ");
                case QA_INVESTIGATION -> () -> fixture.qaDepartment.sendBack(id, v, " ");
                case PRODUCTION_ANALYSIS -> () -> fixture.productionDepartment.sendBack(id, v, " ");
                case RND_OPINION -> () -> fixture.rndDepartment.sendBack(id, v, " ");
                case BUSINESS_HANDLING, EXECUTION -> () -> fixture.businessDesk.sendBack(id, v, " ");
                default -> null;
            };
            case ATTACH -> () -> fixture.caseAttachments.attach(id, "probe.exe",
                    "MZ".getBytes(StandardCharsets.US_ASCII));
            case RECOMPLAIN -> () -> fixture.businessDesk.fileRecomplaint(id, v, " ", WRONG);
            case RAISE_SEVERITY -> () -> fixture.gmOfficeDesk.raiseSeverity(id, v, Severity.CRISIS, " ");
            case OBJECT -> () -> fixture.objections.file(id, " ");
            case ISSUE_DOCUMENT -> () -> fixture.businessDesk.issueAllowanceNote(id, v, Disposition.ALLOWANCE,
                    BigDecimal.ONE, " ", WRONG);
            case ACKNOWLEDGE -> () -> fixture.businessDesk.recordAcknowledgement(id, v, "客户已接受说明", WRONG);
            case CLAIM_SUPPLIER -> () -> fixture.gmOfficeDesk.raiseSupplierClaim(id, -1L);
            case COMPLETE_QUANTITIES -> () -> fixture.businessDesk.completeQuantities(id, v, 100, 5, WRONG);
            case FOLLOW_UP -> null;
            case CONTACT -> () -> fixture.businessDesk.recordContact(id, new cn.kesu.business.complaint.intake.ContactInput(
                    fixture.clock.instant().plusSeconds(86400), cn.kesu.model.complaint.ContactChannel.PHONE, "x", Set.of()));
        };
    }

    /** One case at each step and state that changes who may act. */
    private Map<String, Long> casesAtEveryStep() throws Exception {
        Map<String, Long> cases = new LinkedHashMap<>();
        cases.put("draft", fixture.draft(fixture.domestic));
        cases.put("submitted", fixture.submitted(fixture.domestic));
        cases.put("QA", fixture.atQa(fixture.domestic));
        Long qaSigned = fixture.atQa(fixture.domestic);
        fixture.containIfSerious(qaSigned, fixture.qaFindings(true, false, Severity.GENERAL));
        fixture.qa.run(() -> fixture.qaDepartment.investigate(qaSigned, fixture.version(qaSigned),
                fixture.qaFindings(true, false, Severity.GENERAL), "调查完成", CaseFixture.PASSWORD));
        cases.put("QA awaiting countersign", qaSigned);
        Long production = fixture.atQa(fixture.domestic);
        fixture.investigate(production, fixture.qaFindings(true, false, Severity.GENERAL));
        cases.put("production", production);
        Long recused = fixture.atQa(fixture.domestic);
        QaInput naming = fixture.qaFindings(true, false, Severity.GENERAL);
        fixture.investigate(recused, new QaInput(naming.cause(), naming.causeCodeId(), null, true, false, Severity.GENERAL,
                naming.shares(), Set.of("production")));
        cases.put("production, its worker recused", recused);
        Long analysed = fixture.atQa(fixture.domestic);
        fixture.investigate(analysed, fixture.qaFindings(true, false, Severity.GENERAL));
        fixture.production.run(() -> fixture.productionDepartment.analyse(analysed, fixture.version(analysed),
                fixture.productionFindings(), "分析完成", CaseFixture.PASSWORD));
        cases.put("production awaiting countersign", analysed);
        Long special = fixture.atQa(fixture.domestic);
        fixture.investigate(special, fixture.qaFindings(true, true, Severity.GENERAL));
        fixture.analyse(special);
        cases.put("R&D", special);
        Long checked = fixture.atQa(fixture.domestic);
        fixture.investigate(checked, fixture.qaFindings(true, false, Severity.GENERAL));
        fixture.analyse(checked);
        cases.put("GM check", checked);
        Long handling = fixture.atQa(fixture.domestic);
        fixture.investigate(handling, fixture.qaFindings(true, false, Severity.GENERAL));
        fixture.analyse(handling);
        fixture.check(handling);
        cases.put("business handling", handling);
        Long proposed = fixture.atQa(fixture.domestic);
        fixture.investigate(proposed, fixture.qaFindings(true, false, Severity.GENERAL));
        fixture.analyse(proposed);
        fixture.check(proposed);
        fixture.business.run(() -> fixture.businessDesk.proposeHandling(proposed, fixture.version(proposed),
                new HandlingInput("退货", "客户同意", 35, new BigDecimal("3500.00")), "已交涉", CaseFixture.PASSWORD));
        cases.put("business handling awaiting countersign", proposed);
        Long consolidation = fixture.atQa(fixture.domestic);
        fixture.investigate(consolidation, fixture.qaFindings(true, false, Severity.GENERAL));
        fixture.analyse(consolidation);
        fixture.check(consolidation);
        fixture.handle(consolidation);
        cases.put("consolidation", consolidation);
        cases.put("approval", fixture.atApproval(fixture.domestic, new BigDecimal("1000"), Severity.GENERAL));
        Long executing = fixture.atExecution(fixture.domestic,
                fixture.consolidation(BigDecimal.ZERO, Set.of(Disposition.EXPLANATION_ONLY), null));
        cases.put("execution", executing);
        Long documented = fixture.atExecution(fixture.domestic,
                fixture.consolidation(BigDecimal.ZERO, Set.of(Disposition.EXPLANATION_ONLY), null));
        fixture.business.run(() -> fixture.businessDesk.recordAcknowledgement(documented, fixture.version(documented),
                "客户已接受说明", CaseFixture.PASSWORD));
        cases.put("execution with a document", documented);
        cases.put("closed", fixture.closed(fixture.domestic));
        return cases;
    }

}
