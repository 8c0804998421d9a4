package cn.kesu.business.complaint;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.catalog.UnknownCatalogEntryException;
import cn.kesu.business.complaint.action.NotHolderException;
import cn.kesu.business.complaint.intake.AttachmentPolicy;
import cn.kesu.business.complaint.intake.AttachmentRefusedException;
import cn.kesu.business.complaint.intake.SlipInput;
import cn.kesu.business.complaint.investigation.CodesRequiredException;
import cn.kesu.business.complaint.investigation.QaInput;
import cn.kesu.business.complaint.investigation.SharesNotHundredException;
import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.signature.SignatureRefusedException;
import cn.kesu.business.complaint.workflow.AwaitingCountersignException;
import cn.kesu.business.complaint.workflow.NothingToCountersignException;
import cn.kesu.business.complaint.workflow.ReasonRequiredException;
import cn.kesu.business.complaint.workflow.RecusedException;
import cn.kesu.business.complaint.workflow.StaleCaseException;
import cn.kesu.business.complaint.workflow.WrongStepException;
import cn.kesu.business.user.People;
import cn.kesu.business.user.UnknownPersonException;
import cn.kesu.model.complaint.AttachmentInfo;
import cn.kesu.model.complaint.Category;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.CustomerRequest;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.PersonRef;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Every refusal of a step action, checked on the server: wrong role, wrong step, recusal, stale
 * version, missing or wrong signature password, bad input. After each refusal nothing has changed.
 */
class StepRefusalsIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @EJB
    CaseQueries queries;

    @EJB
    People people;

    @PersistenceContext
    EntityManager em;

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    @Test
    void wrongRoleIsRefusedForEveryDepartmentAction() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        long v = fixture.version(id);

        unchangedAfter(id, EJBAccessException.class, () -> fixture.business.run(() ->
                fixture.qaDepartment.investigate(id, v, fixture.qaFindings(true, false, Severity.GENERAL), "", CaseFixture.PASSWORD)));
        unchangedAfter(id, EJBAccessException.class, () -> fixture.qa.run(() ->
                fixture.qaDepartment.countersign(id, v, "", CaseFixture.PASSWORD)));
        unchangedAfter(id, EJBAccessException.class, () -> fixture.qa.run(() ->
                fixture.gmOfficeDesk.check(id, v, "", CaseFixture.PASSWORD)));
        unchangedAfter(id, EJBAccessException.class, () -> fixture.gmOffice.run(() ->
                fixture.productionDepartment.analyse(id, v, fixture.productionFindings(), "", CaseFixture.PASSWORD)));
        unchangedAfter(id, EJBAccessException.class, () -> fixture.production.run(() ->
                fixture.rndDepartment.giveOpinion(id, v, "意见", CaseFixture.PASSWORD)));
        unchangedAfter(id, EJBAccessException.class, () -> fixture.qa.run(() ->
                fixture.approvalDesk.approve(id, v, "", CaseFixture.PASSWORD)));
        unchangedAfter(id, EJBAccessException.class, () -> fixture.auditor.run(() ->
                fixture.businessDesk.createDraft(fixture.slip(fixture.domestic))));
        unchangedAfter(id, EJBAccessException.class, () -> fixture.admin.run(() ->
                fixture.gmOfficeDesk.sendBack(id, v, "管理员不处理案件")));
    }

    @Test
    void anonymousCallerIsRefused() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        unchangedAfter(id, EJBAccessException.class, () ->
                fixture.qaDepartment.sendBack(id, fixture.version(id), "匿名"));
    }

    @Test
    void actionForAnotherStepIsRefused() throws Exception {
        Long id = fixture.submitted(fixture.domestic);
        long v = fixture.version(id);

        WrongStepException refusal = unchangedAfter(id, WrongStepException.class, () -> fixture.qa.run(() ->
                fixture.qaDepartment.investigate(id, v, fixture.qaFindings(true, false, Severity.GENERAL), "", CaseFixture.PASSWORD)));
        unchangedAfter(id, WrongStepException.class, () -> fixture.gmOffice.run(() ->
                fixture.gmOfficeDesk.check(id, v, "", CaseFixture.PASSWORD)));
        unchangedAfter(id, WrongStepException.class, () -> fixture.business.run(() ->
                fixture.businessDesk.submit(id, v, "", CaseFixture.PASSWORD)));
        assertEquals("step.SUBMITTED", ((cn.kesu.business.common.MessageKey) refusal.arguments()[1]).key());
    }

    @Test
    void countersignComesOnlyAfterTheWorkerAndOnlyOnce() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        unchangedAfter(id, NothingToCountersignException.class, () -> fixture.qaManager.run(() ->
                fixture.qaDepartment.countersign(id, fixture.version(id), "", CaseFixture.PASSWORD)));

        fixture.qa.run(() -> fixture.qaDepartment.investigate(id, fixture.version(id),
                fixture.qaFindings(true, false, Severity.GENERAL), "", CaseFixture.PASSWORD));

        unchangedAfter(id, AwaitingCountersignException.class, () -> fixture.qa.run(() ->
                fixture.qaDepartment.investigate(id, fixture.version(id),
                        fixture.qaFindings(true, false, Severity.GENERAL), "", CaseFixture.PASSWORD)));
    }

    @Test
    void recordedResponsiblePersonIsRecusedFromActing() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        QaInput findings = fixture.qaFindings(true, false, Severity.GENERAL);
        QaInput naming = new QaInput(findings.cause(), findings.causeCodeId(), null, true, false, Severity.GENERAL,
                findings.shares(), Set.of("qa-manager", "production"));
        fixture.qa.run(() -> fixture.qaDepartment.investigate(id, fixture.version(id), naming, "", CaseFixture.PASSWORD));

        unchangedAfter(id, RecusedException.class, () -> fixture.qaManager.run(() ->
                fixture.qaDepartment.countersign(id, fixture.version(id), "", CaseFixture.PASSWORD)));
        assertTrue(fixture.load(id).isAwaitingCountersign());
    }

    @Test
    void personComplainedAboutIsRecusedFromActing() throws Exception {
        var slip = fixture.slip(fixture.domestic);
        var aboutGmOffice = new cn.kesu.business.complaint.intake.SlipInput(slip.customerId(), slip.abnormalityTypeId(),
                slip.contact(), slip.channel(), slip.receivedAt(), slip.orderNo(), slip.partNo(), slip.shipmentDate(),
                slip.quantityShipped(), slip.defectQuantity(), slip.customerRequests(), false, "投诉总经理室人员态度",
                false, Category.NON_QUALITY, null, "gm-office");
        Long id = fixture.business.call(() -> fixture.businessDesk.createDraft(aboutGmOffice));
        fixture.business.run(() -> fixture.businessDesk.submit(id, fixture.version(id), "", CaseFixture.PASSWORD));

        unchangedAfter(id, RecusedException.class, () -> fixture.gmOffice.run(() ->
                fixture.gmOfficeDesk.accept(id, fixture.version(id), "", CaseFixture.PASSWORD)));
    }

    @Test
    void staleVersionIsRefused() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        long seen = fixture.version(id);
        fixture.qa.run(() -> fixture.qaDepartment.investigate(id, seen,
                fixture.qaFindings(true, false, Severity.GENERAL), "", CaseFixture.PASSWORD));

        unchangedAfter(id, StaleCaseException.class, () -> fixture.qa.run(() ->
                fixture.qaDepartment.sendBack(id, seen, "用旧版本退回")));
    }

    @Test
    void signatureNeedsTheRightPassword() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        long v = fixture.version(id);
        QaInput findings = fixture.qaFindings(true, false, Severity.GENERAL);

        unchangedAfter(id, SignatureRefusedException.class, () -> fixture.qa.run(() ->
                fixture.qaDepartment.investigate(id, v, findings, "", null)));
        unchangedAfter(id, SignatureRefusedException.class, () -> fixture.qa.run(() ->
                fixture.qaDepartment.investigate(id, v, findings, "", "")));
        unchangedAfter(id, SignatureRefusedException.class, () -> fixture.qa.run(() ->
                fixture.qaDepartment.investigate(id, v, findings, "", "wrong-password")));
        assertTrue(fixture.load(id).getSignatures().stream().noneMatch(s -> s.getStep() == Step.QA_INVESTIGATION));
    }

    @Test
    void sharesMustAddUpToHundred() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        QaInput findings = fixture.qaFindings(true, false, Severity.GENERAL);
        QaInput ninety = new QaInput(findings.cause(), findings.causeCodeId(), null, true, false, Severity.GENERAL,
                List.of(new QaInput.Share(fixture.painting.getId(), 60), new QaInput.Share(fixture.moulding.getId(), 30)),
                Set.of());

        SharesNotHundredException refusal = unchangedAfter(id, SharesNotHundredException.class, () -> fixture.qa.run(() ->
                fixture.qaDepartment.investigate(id, fixture.version(id), ninety, "", CaseFixture.PASSWORD)));
        assertEquals(90, refusal.arguments()[0]);
    }

    @Test
    void sendBackNeedsAReason() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        unchangedAfter(id, ReasonRequiredException.class, () -> fixture.qa.run(() ->
                fixture.qaDepartment.sendBack(id, fixture.version(id), "  ")));
    }

    @Test
    void badSlipInputIsRefusedAndNothingIsStored() throws Exception {
        long before = countComplaints();
        var ok = fixture.slip(fixture.domestic);

        assertRefused(ConstraintViolationException.class, () -> fixture.business.call(() -> fixture.businessDesk.createDraft(
                withQuantities(ok, 10, 11, false))));
        assertRefused(ConstraintViolationException.class, () -> fixture.business.call(() -> fixture.businessDesk.createDraft(
                withQuantities(ok, null, null, false))));
        assertRefused(ConstraintViolationException.class, () -> fixture.business.call(() -> fixture.businessDesk.createDraft(
                withQuantities(ok, -1, 0, false))));
        assertRefused(ConstraintViolationException.class, () -> fixture.business.call(() -> fixture.businessDesk.createDraft(
                new SlipInput(ok.customerId(), null, null, ok.channel(), ok.receivedAt(), null, ok.partNo(),
                        LocalDate.now().plusDays(3), 1, 1, ok.customerRequests(), false, ok.description(), false,
                        ok.category(), null, null))));
        assertRefused(ConstraintViolationException.class, () -> fixture.business.call(() -> fixture.businessDesk.createDraft(
                new SlipInput(ok.customerId(), null, null, ok.channel(), ok.receivedAt(), null, " ", null, 1, 1,
                        Set.of(), false, "x".repeat(4001), false, ok.category(), null, null))));
        assertRefused(UnknownCatalogEntryException.class, () -> fixture.business.call(() -> fixture.businessDesk.createDraft(
                new SlipInput(fixture.abnormality.getId() + 100000, null, null, ok.channel(), ok.receivedAt(), null,
                        ok.partNo(), null, 1, 1, ok.customerRequests(), false, ok.description(), false, ok.category(), null, null))));
        assertEquals(before, countComplaints());
    }

    @Test
    void quantitiesMayStayOpenWhileTheCustomerIsStillProcessing() throws Exception {
        Long id = fixture.business.call(() -> fixture.businessDesk.createDraft(
                withQuantities(fixture.slip(fixture.domestic), null, null, true)));
        Complaint draft = fixture.load(id);
        assertTrue(draft.getSlip().isQuantitiesPending());
        assertEquals(null, draft.getSlip().getDefectQuantity());
        assertEquals(Set.of(CustomerRequest.RETURN, CustomerRequest.ANALYSIS_REPORT), draft.getSlip().getCustomerRequests());
    }

    @Test
    void attachmentsAreBoundedBySizeAndType() throws Exception {
        Long id = fixture.draft(fixture.domestic);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

        Long attached = fixture.business.call(() -> fixture.caseAttachments.attach(id, "起泡.png", png));
        assertTrue(attached > 0);
        assertRefused(AttachmentRefusedException.class, () -> fixture.business.call(() ->
                fixture.caseAttachments.attach(id, "virus.exe", png)));
        assertRefused(AttachmentRefusedException.class, () -> fixture.business.call(() ->
                fixture.caseAttachments.attach(id, "fake.png", "MZ not an image".getBytes())));
        assertRefused(AttachmentRefusedException.class, () -> fixture.business.call(() ->
                fixture.caseAttachments.attach(id, "huge.png", new byte[(int) AttachmentPolicy.MAX_BYTES + 1])));
        assertRefused(AttachmentRefusedException.class, () -> fixture.business.call(() ->
                fixture.caseAttachments.attach(id, "empty.png", new byte[0])));
    }

    /**
     * Issue 15, item 11: an established case without abnormality type or cause code dropped out of the Pareto.
     * QA must give both (the type where the slip has none); QA may also correct the slip's type.
     */
    @Test
    void anEstablishedComplaintNeedsItsAbnormalityTypeAndCauseCodeFromQa() throws Exception {
        SlipInput typed = fixture.slip(fixture.domestic);
        SlipInput untyped = new SlipInput(typed.customerId(), null, typed.contact(), typed.channel(), typed.receivedAt(),
                typed.orderNo(), "UNTYPED-QA", typed.shipmentDate(), typed.quantityShipped(), typed.defectQuantity(),
                typed.customerRequests(), false, typed.description(), typed.sampleReceived(), typed.category(),
                typed.businessRemark(), null);
        Long id = fixture.business.call(() -> fixture.businessDesk.createDraft(untyped));
        fixture.business.run(() -> fixture.businessDesk.submit(id, fixture.version(id), "送总经理室", CaseFixture.PASSWORD));
        fixture.gmOffice.run(() -> fixture.gmOfficeDesk.accept(id, fixture.version(id), "受理", CaseFixture.PASSWORD));
        QaInput findings = fixture.qaFindings(true, false, Severity.GENERAL);
        QaInput noCodes = new QaInput(findings.cause(), null, null, true, false, Severity.GENERAL, findings.shares(),
                Set.of());
        CodesRequiredException missing = assertRefused(CodesRequiredException.class, () -> fixture.qa.run(() ->
                fixture.qaDepartment.investigate(id, fixture.version(id), noCodes, "", CaseFixture.PASSWORD)));
        assertTrue(missing.getMessage().contains("slip.abnormalityType") && missing.getMessage().contains("qa.causeCode"),
                missing.getMessage());
        QaInput withType = new QaInput(findings.cause(), findings.causeCodeId(), fixture.abnormality.getId(), true, false,
                Severity.GENERAL, findings.shares(), Set.of());
        fixture.investigate(id, withType);
        assertEquals(fixture.abnormality.getId(), fixture.load(id).getAbnormalityType().getId());

        // Not established: nothing to classify, the case closes as 不成立 without codes.
        Long invalid = fixture.atQa(fixture.domestic);
        fixture.investigate(invalid, new QaInput(findings.cause(), null, null, false, false, Severity.GENERAL, List.of(),
                Set.of()));
        assertEquals(Step.GM_CHECK, fixture.step(invalid));
    }

    /**
     * Issue 15, item 6: only business could attach files. QA, production, R&D and the GM office attach theirs at
     * their own steps, recorded with who and at which step; a re-complaint lists the original's by reference.
     */
    @Test
    void everyDepartmentAttachesAtItsOwnStepAndAReComplaintShowsTheOriginalsFiles() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        Long id = fixture.atQa(fixture.domestic);
        assertRefused(NotHolderException.class, () -> fixture.production.call(() ->
                fixture.caseAttachments.attach(id, "分析.png", png)));
        assertRefused(EJBAccessException.class, () -> fixture.auditor.call(() ->
                fixture.caseAttachments.attach(id, "稽核.png", png)));
        Long lab = fixture.qa.call(() -> fixture.caseAttachments.attach(id, "实验室照片.png", png));
        Long managers = fixture.qaManager.call(() -> fixture.caseAttachments.attach(id, "检验报告.png", png));
        fixture.investigate(id, fixture.qaFindings(true, false, Severity.GENERAL));
        assertRefused(NotHolderException.class, () -> fixture.qa.call(() ->
                fixture.caseAttachments.attach(id, "迟到的照片.png", png)));
        Long analysis = fixture.production.call(() -> fixture.caseAttachments.attach(id, "鱼骨图.png", png));

        List<AttachmentInfo> files = fixture.qa.call(() -> queries.attachments(id));
        assertEquals(List.of(lab, managers, analysis), files.stream().map(AttachmentInfo::id).toList());
        assertEquals(List.of("qa", "qa-manager", "production"), files.stream().map(AttachmentInfo::uploadedBy).toList());
        assertEquals(List.of(Step.QA_INVESTIGATION, Step.QA_INVESTIGATION, Step.PRODUCTION_ANALYSIS),
                files.stream().map(AttachmentInfo::step).toList());

        Long original = fixture.atExecution(fixture.domestic, fixture.consolidation(BigDecimal.ZERO,
                Set.of(Disposition.EXPLANATION_ONLY), null));
        Long letter = fixture.accounting.call(() -> fixture.caseAttachments.attach(original, "客户来函.png", png));
        fixture.business.run(() -> fixture.businessDesk.recordAcknowledgement(original, fixture.version(original),
                "客户已接受说明", CaseFixture.PASSWORD));
        fixture.answer(original);
        fixture.business.run(() -> fixture.businessDesk.completeExecution(original, fixture.version(original), "结案",
                CaseFixture.PASSWORD));
        assertRefused(WrongStepException.class, () -> fixture.business.call(() ->
                fixture.caseAttachments.attach(original, "结案后.png", png)));
        Long copy = fixture.business.call(() -> fixture.businessDesk.fileRecomplaint(original, fixture.version(original),
                "客户不接受", CaseFixture.PASSWORD));
        Long added = fixture.business.call(() -> fixture.caseAttachments.attach(copy, "新照片.png", png));
        List<AttachmentInfo> chain = fixture.business.call(() -> queries.attachments(copy));
        assertEquals(List.of(letter, added), chain.stream().map(AttachmentInfo::id).toList(),
                "the re-complaint lists the original's files and its own");
        assertEquals(List.of(original, copy), chain.stream().map(AttachmentInfo::caseId).toList());
    }

    /**
     * Issue 15, item 7: 被投诉人 and 责任人 were free text compared with usernames, so a Chinese name silently
     * disabled recusal. A name is a user's username or marked as outside the system; the page and slip show names.
     */
    @Test
    void namedPersonsAreUsersOrMarkedAsOutsideTheSystemAndReadWithTheirNames() throws Exception {
        SlipInput s = fixture.slip(fixture.domestic);
        assertRefused(UnknownPersonException.class, () -> fixture.business.call(() ->
                fixture.businessDesk.createDraft(complainedAbout(s, "陈杰"))));
        Long outside = fixture.business.call(() -> fixture.businessDesk.createDraft(
                complainedAbout(s, PersonRef.external("张师傅"))));
        assertEquals("外部:张师傅", fixture.load(outside).getSlip().getComplainedPerson());
        Long named = fixture.business.call(() -> fixture.businessDesk.createDraft(complainedAbout(s, "production")));
        assertTrue(fixture.load(named).isRecused("production"), "a user named is recused");

        Long id = fixture.atQa(fixture.domestic);
        QaInput findings = fixture.qaFindings(true, false, Severity.GENERAL);
        QaInput typedName = new QaInput(findings.cause(), findings.causeCodeId(), null, true, false, Severity.GENERAL,
                findings.shares(), Set.of("李四"));
        assertRefused(UnknownPersonException.class, () -> fixture.qa.run(() ->
                fixture.qaDepartment.investigate(id, fixture.version(id), typedName, "", CaseFixture.PASSWORD)));
        fixture.investigate(id, new QaInput(findings.cause(), findings.causeCodeId(), null, true, false,
                Severity.GENERAL, findings.shares(), Set.of("production", PersonRef.external("李四"))));
        assertEquals(Set.of("production", "外部:李四"), fixture.load(id).getResponsiblePersons());
        assertEquals(java.util.Map.of("production", "陈杰（production）", "外部:李四", "李四（外部）"),
                fixture.qa.call(() -> people.labels(List.of("production", "外部:李四"))));
    }

    private static SlipInput complainedAbout(SlipInput s, String person) {
        return new SlipInput(s.customerId(), s.abnormalityTypeId(), s.contact(), s.channel(), s.receivedAt(),
                s.orderNo(), s.partNo(), s.shipmentDate(), s.quantityShipped(), s.defectQuantity(), s.customerRequests(),
                false, s.description(), s.sampleReceived(), s.category(), s.businessRemark(), person);
    }

    private static SlipInput withQuantities(SlipInput s, Integer shipped, Integer defect, boolean pending) {
        return new SlipInput(s.customerId(), s.abnormalityTypeId(), s.contact(), s.channel(), s.receivedAt(),
                s.orderNo(), s.partNo(), s.shipmentDate(), shipped, defect, s.customerRequests(), pending,
                s.description(), s.sampleReceived(), s.category(), s.businessRemark(), s.complainedPerson());
    }

    private long countComplaints() {
        return em.createQuery("select count(c) from Complaint c", Long.class).getSingleResult();
    }

    /** Asserts the refusal and that the case is exactly as before: same version, step and signatures. */
    private <T extends Throwable> T unchangedAfter(Long id, Class<T> refusal, Executable action) {
        Complaint before = fixture.load(id);
        T thrown = assertRefused(refusal, action);
        Complaint after = fixture.load(id);
        assertEquals(before.getVersion(), after.getVersion(), "version unchanged");
        assertEquals(before.getCurrentStep(), after.getCurrentStep(), "step unchanged");
        assertEquals(before.getSignatures().size(), after.getSignatures().size(), "no signature added");
        assertFalse(after.getSteps().size() != before.getSteps().size(), "no step entered");
        return thrown;
    }
}
