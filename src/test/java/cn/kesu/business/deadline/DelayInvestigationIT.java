package cn.kesu.business.deadline;

import static cn.kesu.support.MovableClock.shanghai;
import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.approval.ApprovalDesk;
import cn.kesu.infrastructure.pdf.PdfVerifier;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.deadline.Investigation;
import cn.kesu.model.user.Department;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * 查办单 at closing: a case accepted Monday 2 March 2026 09:00 whose QA step (due Thursday 5 March
 * 09:00) finishes Friday 6 March 11:00; every later step is done on time the same day.
 */
class DelayInvestigationIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @Inject
    MovableClock clock;

    @Inject
    Notices notices;

    @EJB
    Investigations investigations;

    @EJB
    ApprovalDesk approvalDesk;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Long closedWithALateQaStep() throws Exception {
        fixture.withCatalogs();
        clock.set(shanghai(2026, 3, 2, 9, 0));
        Long id = fixture.atQa(fixture.domestic);
        clock.set(shanghai(2026, 3, 6, 11, 0));
        fixture.investigate(id, fixture.qaFindings(true, false, Severity.GENERAL));
        fixture.analyse(id);
        fixture.check(id);
        fixture.handle(id);
        fixture.consolidate(id, new BigDecimal("5000"));
        fixture.businessManager.run(() -> approvalDesk.approve(id, fixture.version(id), "同意", CaseFixture.PASSWORD));
        assertTrue(notices.investigations(id).isEmpty(), "none before closing");
        fixture.execute(id);
        fixture.answer(id);
        fixture.business.run(() -> fixture.businessDesk.completeExecution(id, fixture.version(id), "已依批示处理",
                CaseFixture.PASSWORD));
        assertEquals(Step.CLOSED, fixture.step(id));
        return id;
    }

    @Test
    void closingOpensOneInvestigationPerLateStepThatTheGmOfficeClosesOnlyWithACause() throws Exception {
        Long id = closedWithALateQaStep();
        List<Investigation> opened = notices.investigations(id);
        assertEquals(1, opened.size(), "only the QA step was late");
        Investigation investigation = opened.get(0);
        assertEquals(Step.QA_INVESTIGATION, investigation.getStep());
        assertEquals(Department.QA, investigation.getHolderDepartment());
        assertEquals(Duration.ofHours(26), investigation.lateBy());

        assertRefused(CauseRequiredException.class,
                () -> fixture.gmOffice.run(() -> investigations.close(investigation.getId(), investigation.getVersion())));
        assertRefused(NotYourDepartmentException.class, () -> fixture.production.run(
                () -> investigations.recordCause(investigation.getId(), investigation.getVersion(), "代填")));
        assertRefused(AnswerRequiredException.class, () -> fixture.qa.run(
                () -> investigations.recordCause(investigation.getId(), investigation.getVersion(), "")));

        fixture.qa.run(() -> investigations.recordCause(investigation.getId(), investigation.getVersion(),
                "客户样品延迟两天寄到，未及时申请暂停计时"));
        Investigation withCause = notices.investigations(id).get(0);
        assertRefused(StaleNoticeException.class,
                () -> fixture.gmOffice.run(() -> investigations.close(investigation.getId(), investigation.getVersion())));
        assertRefused(EJBAccessException.class,
                () -> fixture.qaManager.run(() -> investigations.close(withCause.getId(), withCause.getVersion())));

        fixture.gmOffice.run(() -> investigations.close(withCause.getId(), withCause.getVersion()));
        Investigation closed = notices.investigations(id).get(0);
        assertEquals("gm-office", closed.getClosing().getActor());
        assertEquals("qa", closed.getCauseStated().getActor());
        assertRefused(InvestigationClosedException.class, () -> fixture.qa.run(
                () -> investigations.recordCause(closed.getId(), closed.getVersion(), "改写")));

        byte[] pdf = fixture.qaManager.call(() -> documents.investigation(closed.getId()));
        assertTrue(signing.check(pdf).valid(), "the printed 查办单 is signed");
        assertTrue(PdfVerifier.signatureValid(pdf), "and so says PDFBox");
        String text = PdfVerifier.text(pdf).replaceAll("\\s+", "");
        assertTrue(text.contains("查办单") && text.contains(closed.getNumber(clock.clock().getZone())), text);
        assertTrue(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains(closed.getNumber(clock.clock().getZone())), "its number is in the document information");
        assertEquals(null, fixture.production.call(() -> documents.investigation(closed.getId())),
                "another department's 查办单 is not handed out");
        assertTrue(fixture.gmOffice.call(() -> documents.investigation(closed.getId())) != null, "the GM office sees all");
    }

    @EJB
    NoticeDocuments documents;

    @Inject
    cn.kesu.infrastructure.pdf.PdfSigning signing;
}
