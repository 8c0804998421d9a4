package cn.kesu.business.complaint.slip;

import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.infrastructure.pdf.ComplaintSlipPdf;
import cn.kesu.infrastructure.pdf.PdfSigning;
import cn.kesu.infrastructure.pdf.SignatureCheck;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.SlipArchive;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * 稽核: checks a slip PDF an auditor brings back against its signature, against the case as it is now and,
 * for a closed case, against the file archived at closing; and shows who downloaded which slip when. Reads only;
 * changes nothing.
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.GM_OFFICE})
public class SlipAudit {

    /** Uploaded slips larger than this are refused; a five-copy slip is well under a megabyte. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    @Inject
    PdfSigning signing;

    @PersistenceContext
    EntityManager em;

    public SlipVerdict verify(@NotNull @Size(min = 1, max = MAX_BYTES) byte[] pdf) {
        SignatureCheck check = signing.check(pdf);
        Long caseId = number(check.info().get(ComplaintSlipPdf.CASE_ID));
        Long slipVersion = number(check.info().get(ComplaintSlipPdf.CASE_VERSION));
        Complaint current = caseId == null ? null : em.find(Complaint.class, caseId);
        SlipArchive archive = current == null ? null : em.find(SlipArchive.class, caseId);
        SlipVerdict.Archived archived = archive == null ? null : new SlipVerdict.Archived(
                archive.getSha256().equals(SlipArchiver.sha256(pdf)), current.getVersion() > archive.getCaseVersion());
        return new SlipVerdict(check.valid(), check.signer(), check.signedAt(), caseId,
                current == null ? null : CaseWorkflow.label(current), slipVersion,
                current == null ? null : current.getVersion(), archived);
    }

    public List<DownloadRow> downloads(@Min(1) @Max(1000) int max) {
        return em.createQuery("select new cn.kesu.business.complaint.slip.DownloadRow(d.downloadedAt, d.username, c.id,"
                        + " c.number) from SlipDownload d, Complaint c where c.id = d.complaintId"
                        + " order by d.downloadedAt desc, d.id desc", DownloadRow.class)
                .setMaxResults(max).getResultList();
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
