package cn.kesu.business.complaint.slip;

import cn.kesu.business.complaint.objection.Objections;
import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.business.execution.ExecutionQueries;
import cn.kesu.infrastructure.pdf.ComplaintSlipPdf;
import cn.kesu.infrastructure.pdf.PdfSigning;
import cn.kesu.infrastructure.pdf.SlipAnnex;
import cn.kesu.model.complaint.AttachmentInfo;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.SlipDownload;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * The signed slip of a case (签章客户抱怨处理表) for anyone who may read cases, auditors included, at
 * any step; every download is logged with who and when.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING, Roles.AUDITOR})
public class SlipDocuments {

    private static final int MAX_THUMBNAILS = 6;

    @EJB
    CaseQueries queries;

    @EJB
    ExecutionQueries execution;

    @EJB
    Objections objections;

    @Inject
    PdfSigning signing;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public byte[] signedSlip(Long caseId) {
        Complaint complaint = queries.find(caseId);
        List<AttachmentInfo> files = queries.attachments(caseId);
        List<ComplaintSlipPdf.AttachedFile> attached = files.stream().map(file -> new ComplaintSlipPdf.AttachedFile(
                file.fileName(), file.isImage() && files.indexOf(file) < MAX_THUMBNAILS
                ? queries.attachment(file.id()).getContent() : null)).toList();
        SlipAnnex annex = new SlipAnnex(execution.allowanceNotes(caseId), execution.returnNotes(caseId),
                execution.supplierClaims(caseId), objections.ofCase(caseId),
                queries.continuations(caseId).stream().map(row -> row.getNumber() == null ? "#" + row.getId()
                        : row.getNumber()).toList());
        byte[] pdf = new ComplaintSlipPdf(complaint, attached, annex, companyName(), clock.getZone()).render();
        em.persist(new SlipDownload(caseId, session.getCallerPrincipal().getName(), clock.instant()));
        return signing.sign(pdf, "客户抱怨处理表 " + CaseWorkflow.label(complaint));
    }

    /** The name printed on every form ({@code KESU_COMPANY_NAME}). */
    static String companyName() {
        return System.getenv().getOrDefault("KESU_COMPANY_NAME", "客诉示范制造有限公司");
    }
}
