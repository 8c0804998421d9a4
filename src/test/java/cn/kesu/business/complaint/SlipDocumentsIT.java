package cn.kesu.business.complaint;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.slip.SlipAudit;
import cn.kesu.business.complaint.slip.SlipDocuments;
import cn.kesu.business.complaint.slip.SlipVerdict;
import cn.kesu.infrastructure.pdf.PdfVerifier;
import cn.kesu.model.complaint.Satisfaction;
import cn.kesu.model.complaint.Severity;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** Signed slips for readers of cases, auditors included; every download logged; others refused. */
class SlipDocumentsIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @EJB
    SlipDocuments slips;

    @EJB
    SlipAudit audit;

    @PersistenceContext
    EntityManager em;

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    @Test
    void auditorDownloadsTheSignedSlipOfAClosedCaseAndTheDownloadIsLogged() throws Exception {
        Long id = fixture.atApproval(fixture.domestic, new BigDecimal("800"), Severity.GENERAL);
        fixture.businessManager.run(() -> fixture.approvalDesk.approve(id, fixture.version(id), "批准", CaseFixture.PASSWORD));
        fixture.execute(id);
        fixture.answer(id);
        fixture.business.run(() -> fixture.businessDesk.completeExecution(id, fixture.version(id), "已处理", CaseFixture.PASSWORD));

        byte[] pdf = fixture.auditor.call(() -> slips.signedSlip(id));

        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("ETSI.CAdES.detached"), "PAdES signature");
        assertEquals(1L, em.createQuery("select count(d) from SlipDownload d where d.complaintId = :id and d.username = 'auditor'",
                Long.class).setParameter("id", id).getSingleResult());
    }

    @Test
    void draftSlipDownloadsTooButTheAdministratorGetsNone() throws Exception {
        Long id = fixture.draft(fixture.domestic);

        assertTrue(fixture.business.call(() -> slips.signedSlip(id)).length > 1000);
        assertRefused(EJBAccessException.class, () -> fixture.admin.call(() -> slips.signedSlip(id)));
        assertRefused(EJBAccessException.class, () -> slips.signedSlip(id));
    }

    @Test
    void auditorVerifiesASlipAgainstItsSignatureAndTheCaseAsItIsNow() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        byte[] slip = fixture.auditor.call(() -> slips.signedSlip(id));

        SlipVerdict fresh = fixture.auditor.call(() -> audit.verify(slip));
        assertTrue(fresh.signatureValid());
        assertTrue(fresh.upToDate());
        assertEquals(fixture.load(id).getNumber(), fresh.caseNumber());

        fixture.qa.run(() -> fixture.qaDepartment.sendBack(id, fixture.version(id), "样品不足"));
        SlipVerdict later = fixture.auditor.call(() -> audit.verify(slip));
        assertTrue(later.signatureValid(), "still the company's untouched file");
        assertFalse(later.upToDate(), "but the case has moved on");

        byte[] fresher = fixture.auditor.call(() -> slips.signedSlip(id));
        byte[] tampered = PdfVerifier.withOneSignedByteChanged(fresher);
        SlipVerdict changed = fixture.auditor.call(() -> audit.verify(tampered));
        assertFalse(changed.signatureValid(), "one changed byte breaks the signature");
        assertEquals(fixture.load(id).getNumber(), changed.caseNumber(), "yet the file was read as this case's slip");
        assertFalse(changed.upToDate(), "and a file whose signature fails is never reported as matching the case");
        SlipVerdict junk = fixture.gmOffice.call(() -> audit.verify("%PDF-1.4 not really".getBytes()));
        assertFalse(junk.signatureValid());
        assertFalse(junk.isKnownCase(), "a file that is no slip names no case");

        assertTrue(fixture.gmOffice.call(() -> audit.downloads(50)).stream()
                .anyMatch(d -> d.getCaseId().equals(id) && d.getUsername().equals("auditor")));
        assertRefused(EJBAccessException.class, () -> fixture.qa.call(() -> audit.verify(slip)));
        assertRefused(EJBAccessException.class, () -> fixture.qa.call(() -> audit.downloads(10)));
    }

    /**
     * Issue 15, item 9: the slip was re-made on every download. At 结案 it is archived once, byte for byte;
     * later downloads return that file, and 稽核 says whether a file is the archived one and whether the case
     * changed after closing.
     */
    @Test
    void aClosedCasesSlipIsArchivedAtClosingAndAuditedAgainstTheArchive() throws Exception {
        Long id = fixture.closed(fixture.domestic);
        byte[] first = fixture.auditor.call(() -> slips.signedSlip(id));
        byte[] second = fixture.business.call(() -> slips.signedSlip(id));
        assertArrayEquals(first, second, "the archived file, not a new rendering");

        SlipVerdict archived = fixture.auditor.call(() -> audit.verify(first));
        assertTrue(archived.signatureValid());
        assertTrue(archived.upToDate(), "the archive shows the case's final version: " + archived);
        assertTrue(archived.getArchived().sameFile());
        assertFalse(archived.getArchived().caseChangedSince());

        fixture.business.run(() -> fixture.businessDesk.recordFollowUp(id, fixture.version(id), Satisfaction.SATISFIED,
                "客户满意"));
        assertArrayEquals(first, fixture.auditor.call(() -> slips.signedSlip(id)), "still the file of the closing");
        SlipVerdict later = fixture.auditor.call(() -> audit.verify(first));
        assertTrue(later.getArchived().sameFile());
        assertTrue(later.getArchived().caseChangedSince(), "the follow-up came after closing");

        SlipVerdict tampered = fixture.auditor.call(() -> audit.verify(PdfVerifier.withOneSignedByteChanged(first)));
        assertFalse(tampered.getArchived().sameFile());
        assertFalse(tampered.signatureValid());
    }

    @Test
    void auditorChangesNothing() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        long v = fixture.version(id);
        assertRefused(EJBAccessException.class, () -> fixture.auditor.run(() -> fixture.qaDepartment.sendBack(id, v, "稽核")));
        assertRefused(EJBAccessException.class, () -> fixture.auditor.run(() -> fixture.gmOfficeDesk.check(id, v, "", CaseFixture.PASSWORD)));
        assertRefused(EJBAccessException.class, () -> fixture.auditor.run(() -> fixture.approvalDesk.approve(id, v, "", CaseFixture.PASSWORD)));
        assertRefused(EJBAccessException.class, () -> fixture.auditor.run(() -> fixture.caseAttachments.attach(id, "a.png", new byte[]{1})));
        assertEquals(v, fixture.version(id));
    }
}
