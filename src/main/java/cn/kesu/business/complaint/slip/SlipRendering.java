package cn.kesu.business.complaint.slip;

import cn.kesu.business.complaint.objection.Objections;
import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.business.execution.ExecutionQueries;
import cn.kesu.business.user.People;
import cn.kesu.infrastructure.pdf.ComplaintSlipPdf;
import cn.kesu.infrastructure.pdf.PdfSigning;
import cn.kesu.infrastructure.pdf.SlipAnnex;
import cn.kesu.model.complaint.AttachmentInfo;
import cn.kesu.model.complaint.Complaint;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders and signs a case's five-copy slip as the case stands, with its documents, claims, 签呈 rulings, linked
 * slips and the first photos; for downloads of open cases and for the archive at closing. It logs nothing: the
 * readers' downloads are logged by {@link SlipDocuments}.
 */
@ApplicationScoped
public class SlipRendering {

    private static final int MAX_THUMBNAILS = 6;

    @EJB
    CaseQueries queries;

    @EJB
    ExecutionQueries execution;

    @EJB
    Objections objections;

    @EJB
    People people;

    @Inject
    PdfSigning signing;

    @Inject
    Clock clock;

    byte[] signedSlip(Long caseId) {
        Complaint complaint = queries.find(caseId);
        List<AttachmentInfo> files = queries.attachments(caseId);
        List<ComplaintSlipPdf.AttachedFile> attached = files.stream().map(file -> new ComplaintSlipPdf.AttachedFile(
                file.fileName(), file.isImage() && files.indexOf(file) < MAX_THUMBNAILS
                ? queries.attachment(file.id()).getContent() : null)).toList();
        SlipAnnex annex = new SlipAnnex(execution.allowanceNotes(caseId), execution.returnNotes(caseId),
                execution.supplierClaims(caseId), objections.ofCase(caseId),
                queries.continuations(caseId).stream().map(row -> row.getNumber() == null ? "#" + row.getId()
                        : row.getNumber()).toList());
        List<String> persons = new ArrayList<>(complaint.getResponsiblePersons());
        persons.add(complaint.getSlip().getComplainedPerson());
        byte[] pdf = new ComplaintSlipPdf(complaint, attached, annex, companyName(), clock.getZone(),
                people.labels(persons)).render();
        return signing.sign(pdf, "客户抱怨处理表 " + CaseWorkflow.label(complaint));
    }

    /** The name printed on every form ({@code KESU_COMPANY_NAME}). */
    static String companyName() {
        return System.getenv().getOrDefault("KESU_COMPANY_NAME", "客诉示范制造有限公司");
    }
}
