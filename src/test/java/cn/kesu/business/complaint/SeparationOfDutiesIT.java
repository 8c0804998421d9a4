package cn.kesu.business.complaint;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kesu.business.complaint.action.NotOriginalApproverException;
import cn.kesu.business.complaint.action.OwnConsolidationException;
import cn.kesu.business.complaint.action.OwnDocumentException;
import cn.kesu.business.complaint.workflow.OwnWorkException;
import cn.kesu.business.execution.ExecutionQueries;
import cn.kesu.business.user.UserAdministration;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.AppUser;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.callers.AsBusinessManagerHoldingTheBusinessRole;
import cn.kesu.support.callers.AsDeputyGmHoldingTheBusinessManagersRole;
import cn.kesu.support.callers.AsGmOfficeHoldingTheApproversRole;
import cn.kesu.support.callers.AsQaHoldingTheManagersRole;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

/**
 * 职责分离 on the cases: a person holding two roles still never confirms their own work, and what the
 * procedure gives to "the original approver" belongs to that person, not to their role.
 */
class SeparationOfDutiesIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @EJB
    AsQaHoldingTheManagersRole qaAsManager;

    @EJB
    AsGmOfficeHoldingTheApproversRole gmOfficeAsApprover;

    @EJB
    AsDeputyGmHoldingTheBusinessManagersRole anotherBusinessManager;

    @EJB
    AsBusinessManagerHoldingTheBusinessRole businessManagerAsBusiness;

    @EJB
    UserAdministration administration;

    @EJB
    ExecutionQueries executionQueries;

    @PersistenceContext
    EntityManager em;

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    @Test
    void nobodyCountersignsTheirOwnWorkEvenHoldingTheManagersRole() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        fixture.qa.run(() -> fixture.qaDepartment.investigate(id, fixture.version(id),
                fixture.qaFindings(true, false, Severity.GENERAL), "调查完成", CaseFixture.PASSWORD));
        long signatures = fixture.load(id).getSignatures().size();

        assertRefused(OwnWorkException.class, () -> qaAsManager.run(() ->
                fixture.qaDepartment.countersign(id, fixture.version(id), "自己会签", CaseFixture.PASSWORD)));
        assertEquals(signatures, fixture.load(id).getSignatures().size());

        fixture.qaManager.run(() -> fixture.qaDepartment.countersign(id, fixture.version(id), "同意", CaseFixture.PASSWORD));
        assertEquals(Step.PRODUCTION_ANALYSIS, fixture.step(id));
    }

    @Test
    void nobodyApprovesAConsolidationTheySignedEvenHoldingTheApproversRole() throws Exception {
        Long id = fixture.atApproval(fixture.domestic, new BigDecimal("5000"), Severity.GENERAL);

        assertRefused(OwnConsolidationException.class, () -> gmOfficeAsApprover.run(() ->
                fixture.approvalDesk.approve(id, fixture.version(id), "自己核决", CaseFixture.PASSWORD)));
        assertEquals(Step.APPROVAL, fixture.step(id));

        fixture.businessManager.run(() -> fixture.approvalDesk.approve(id, fixture.version(id), "同意", CaseFixture.PASSWORD));
        assertEquals(Step.EXECUTION, fixture.step(id));
    }

    @Test
    void theApproverHoldingTheBusinessRoleDoesNotCountersignTheNoteTheyIssued() throws Exception {
        Long id = fixture.atExecution(fixture.domestic,
                fixture.consolidation(new BigDecimal("5000"), Set.of(Disposition.ALLOWANCE), null));
        Long note = businessManagerAsBusiness.call(() -> fixture.businessDesk.issueAllowanceNote(id, fixture.version(id),
                Disposition.ALLOWANCE, new BigDecimal("5000"), "不良品折让", CaseFixture.PASSWORD));

        assertEquals(null, fixture.businessManager.call(() -> executionQueries.nextActions(id)).allowanceNotes().get(note),
                "the screen does not offer it");
        assertRefused(OwnDocumentException.class, () -> fixture.businessManager.run(() ->
                fixture.approvalDesk.countersignAllowanceNote(id, fixture.version(id), note, CaseFixture.PASSWORD)));
    }

    @Test
    void theOriginalApproverInPersonCountersignsTheAllowanceNoteWhileTheirAccountIsActive() throws Exception {
        Long id = fixture.atExecution(fixture.domestic,
                fixture.consolidation(new BigDecimal("5000"), Set.of(Disposition.ALLOWANCE), null));
        Long note = fixture.business.call(() -> fixture.businessDesk.issueAllowanceNote(id, fixture.version(id),
                Disposition.ALLOWANCE, new BigDecimal("5000"), "不良品折让", CaseFixture.PASSWORD));

        assertEquals(null, anotherBusinessManager.call(() -> executionQueries.nextActions(id)).allowanceNotes().get(note),
                "the screen offers it to the original approver only");
        NotOriginalApproverException refusal = assertRefused(NotOriginalApproverException.class, () ->
                anotherBusinessManager.run(() -> fixture.approvalDesk.countersignAllowanceNote(id, fixture.version(id),
                        note, CaseFixture.PASSWORD)));
        assertEquals("business-manager", refusal.arguments()[1]);

        Long approverId = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", "business-manager").getSingleResult().getId();
        fixture.admin.run(() -> administration.disable(approverId));
        try {
            anotherBusinessManager.run(() -> fixture.approvalDesk.countersignAllowanceNote(id, fixture.version(id),
                    note, CaseFixture.PASSWORD));
        } finally {
            fixture.admin.run(() -> administration.enable(approverId));
        }
        assertEquals(1, fixture.load(id).getSignatures().stream()
                .filter(s -> s.getUsername().equals("deputy-gm")).count(), "signed by the role's other holder once the approver left");
    }
}
