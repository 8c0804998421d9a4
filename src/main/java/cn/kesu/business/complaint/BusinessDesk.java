package cn.kesu.business.complaint;

import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.complaint.Attachment;
import cn.kesu.model.complaint.BusinessHandling;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.SlipDetails;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;

/**
 * 业务部: opens and submits slips, proposes the handling after negotiating with the customer, has it
 * reviewed by the business manager (主管核阅), and carries out the approved handling.
 */
@Stateless
public class BusinessDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseWorkflow workflow;

    @Inject
    CatalogLookup catalogs;

    @Inject
    AttachmentPolicy attachments;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** 填具客户抱怨处理表: a new draft slip; returns its id. */
    @RolesAllowed(Roles.BUSINESS)
    public Long createDraft(@NotNull @Valid SlipInput input) {
        Complaint complaint = Complaint.draft(catalogs.customer(input.customerId()),
                catalogs.optionalEntry(input.abnormalityTypeId(), CatalogKind.ABNORMALITY_TYPE),
                details(input), caller(), clock.instant());
        em.persist(complaint);
        return complaint.getId();
    }

    @RolesAllowed(Roles.BUSINESS)
    public void reviseDraft(@NotNull Long caseId, long version, @NotNull @Valid SlipInput input) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireWork(complaint, Step.DRAFT, caller());
        complaint.reviseDraft(catalogs.customer(input.customerId()),
                catalogs.optionalEntry(input.abnormalityTypeId(), CatalogKind.ABNORMALITY_TYPE), details(input));
    }

    /** Photos of the defect, customer letters; taken while the case is open. */
    @RolesAllowed(Roles.BUSINESS)
    public Long addAttachment(@NotNull Long caseId, String fileName, byte[] content) {
        Complaint complaint = em.find(Complaint.class, caseId);
        if (complaint == null) {
            throw new UnknownCaseException(caseId);
        }
        if (complaint.getCurrentStep().isEnd()) {
            throw new WrongStepException(CaseWorkflow.label(complaint), complaint.getCurrentStep());
        }
        if (complaint.isRecused(caller())) {
            throw new RecusedException(CaseWorkflow.label(complaint), caller());
        }
        String type = attachments.check(fileName, content);
        Attachment attachment = new Attachment(complaint, fileName.strip(), type, content, caller(), clock.instant());
        em.persist(attachment);
        return attachment.getId();
    }

    /** 签注意见后送总经理室: business signs the slip and sends it to the GM office. */
    @RolesAllowed(Roles.BUSINESS)
    public void submit(@NotNull Long caseId, long version, @Size(max = 4000) String opinion, String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireWork(complaint, Step.DRAFT, caller());
        workflow.complete(complaint, workflow.verifySignature(caller(), Role.BUSINESS, password),
                SignatureMeaning.SUBMITTED, opinion);
    }

    /** 业务处理意见: the handling proposal and negotiation result, signed, for the manager's review. */
    @RolesAllowed(Roles.BUSINESS)
    public void proposeHandling(@NotNull Long caseId, long version, @NotNull @Valid HandlingInput input,
                                @Size(max = 4000) String opinion, String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireWork(complaint, Step.BUSINESS_HANDLING, caller());
        var signer = workflow.verifySignature(caller(), Role.BUSINESS, password);
        complaint.recordHandling(new BusinessHandling(input.proposal().strip(), input.negotiationResult().strip(),
                input.proposedReturnQuantity(), input.proposedAmount()));
        workflow.signWork(complaint, signer, SignatureMeaning.HANDLING_COMPLETED, opinion);
    }

    /** 主管核阅: the business manager countersigns and the slip goes back to the GM office. */
    @RolesAllowed(Roles.BUSINESS_MANAGER)
    public void countersignHandling(@NotNull Long caseId, long version, @Size(max = 4000) String opinion,
                                    String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireCountersign(complaint, Step.BUSINESS_HANDLING, caller());
        workflow.complete(complaint, workflow.verifySignature(caller(), Role.BUSINESS_MANAGER, password),
                SignatureMeaning.HANDLING_COUNTERSIGNED, opinion);
    }

    /** 依批示处理: business has carried out the approved handling; the case closes (结案). */
    @RolesAllowed(Roles.BUSINESS)
    public void completeExecution(@NotNull Long caseId, long version, @Size(max = 4000) String opinion,
                                  String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireWork(complaint, Step.EXECUTION, caller());
        workflow.complete(complaint, workflow.verifySignature(caller(), Role.BUSINESS, password),
                SignatureMeaning.EXECUTED, opinion);
    }

    /** 退回 from a step business holds. */
    @RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER})
    public void sendBack(@NotNull Long caseId, long version, @Size(max = 2000) String reason) {
        Complaint complaint = workflow.load(caseId, version);
        Step step = complaint.getCurrentStep();
        if (step != Step.BUSINESS_HANDLING && step != Step.EXECUTION) {
            throw new WrongStepException(CaseWorkflow.label(complaint), step);
        }
        workflow.requireStep(complaint, step, caller());
        workflow.sendBack(complaint, reason);
    }

    private static SlipDetails details(SlipInput in) {
        return new SlipDetails(trim(in.contact()), in.channel(), in.receivedAt(), trim(in.orderNo()),
                in.partNo().strip(), in.shipmentDate(), in.quantityShipped(), in.defectQuantity(),
                in.customerRequests(), in.quantitiesPending(), in.description().strip(), in.sampleReceived(),
                in.category(), trim(in.businessRemark()), trim(in.complainedPerson()));
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
