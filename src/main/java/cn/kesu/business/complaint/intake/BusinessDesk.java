package cn.kesu.business.complaint.intake;

import cn.kesu.business.catalog.CatalogLookup;
import cn.kesu.business.common.ChineseTexts;
import cn.kesu.business.common.NoticeSerials;
import cn.kesu.business.complaint.action.CaseAction;
import cn.kesu.business.complaint.action.CaseActions;
import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.business.complaint.workflow.UnknownCaseException;
import cn.kesu.business.complaint.workflow.WrongStepException;
import cn.kesu.business.deadline.CustomerPromises;
import cn.kesu.business.execution.Execution;
import cn.kesu.business.execution.FutureDateException;
import cn.kesu.business.execution.NotIssuerException;
import cn.kesu.business.execution.WrongDocumentStateException;
import cn.kesu.business.user.People;
import cn.kesu.model.Handled;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.complaint.BusinessHandling;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.CustomerAcknowledgement;
import cn.kesu.model.complaint.CustomerContact;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.LinkReason;
import cn.kesu.model.complaint.Satisfaction;
import cn.kesu.model.complaint.SatisfactionFollowUp;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.SlipDetails;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.execution.AllowanceNote;
import cn.kesu.model.execution.NoteAction;
import cn.kesu.model.execution.ReturnNote;
import cn.kesu.model.execution.VoidableNote;
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
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * 业务部: opens and submits slips, proposes the handling after negotiating with the customer, has it
 * reviewed by the business manager (主管核阅), and carries out the approved handling: it issues the
 * allowance and return notes, records the customer's signatures and acknowledgement, explains quantity
 * differences, closes the case, files re-complaints and records the satisfaction follow-up (回访).
 */
@Stateless
public class BusinessDesk {

    @Inject
    NoticeSerials serials;

    @Inject
    People people;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseWorkflow workflow;

    @Inject
    CaseActions actions;

    @Inject
    CatalogLookup catalogs;

    @Inject
    Execution execution;

    @Inject
    CustomerPromises promises;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** 填具客户抱怨处理表: a new draft slip; returns its id. */
    @RolesAllowed(Roles.BUSINESS)
    public Long createDraft(@NotNull @Valid SlipInput input) {
        people.requireKnown(Collections.singletonList(input.complainedPerson()));
        requireReportDateAfterReceipt(input, "—");
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
        people.requireKnown(Collections.singletonList(input.complainedPerson()));
        requireReportDateAfterReceipt(input, CaseWorkflow.label(complaint));
        complaint.reviseDraft(catalogs.customer(input.customerId()),
                catalogs.optionalEntry(input.abnormalityTypeId(), CatalogKind.ABNORMALITY_TYPE), details(input));
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

    /**
     * 依批示处理完毕: every approved disposition is carried out (its documents posted, the explanation
     * acknowledged) and the customer has had the final answer; the case closes (结案) and its slip goes out in five
     * copies.
     */
    @RolesAllowed(Roles.BUSINESS)
    public void completeExecution(@NotNull Long caseId, long version, @Size(max = 4000) String opinion,
                                  String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireStep(complaint, Step.EXECUTION, caller());
        actions.require(complaint, CaseAction.WORK, caller(), this::holds);
        workflow.complete(complaint, workflow.verifySignature(caller(), Role.BUSINESS, password),
                SignatureMeaning.EXECUTED, opinion);
    }

    /**
     * 补填数量: the customer finished processing the goods; business records the quantities shipped and defective
     * that were left pending at entry, signed and in the case's history. Until then the case cannot close.
     */
    @RolesAllowed(Roles.BUSINESS)
    public void completeQuantities(@NotNull Long caseId, long version, @NotNull @PositiveOrZero Integer shipped,
                                   @NotNull @PositiveOrZero Integer defects, String password) {
        Complaint complaint = workflow.load(caseId, version);
        actions.require(complaint, CaseAction.COMPLETE_QUANTITIES, caller(), this::holds);
        if (defects > shipped) {
            throw new DefectsAboveShippedException(CaseWorkflow.label(complaint), shipped, defects);
        }
        var signer = workflow.verifySignature(caller(), Role.BUSINESS, password);
        complaint.completeQuantities(shipped, defects);
        workflow.signatures().sign(complaint, signer, SignatureMeaning.QUANTITIES_COMPLETED,
                "交运数量 " + shipped + "，不良数量 " + defects);
    }

    /** 开立销货折让证明单 for an approved allowance or compensation, at most what is left of the approved amount. */
    @RolesAllowed(Roles.BUSINESS)
    public Long issueAllowanceNote(@NotNull Long caseId, long version, @NotNull Disposition disposition,
                                   @NotNull @DecimalMin(value = "0", inclusive = false)
                                   @Digits(integer = 12, fraction = 2) BigDecimal amount,
                                   @Size(max = 2000) String reason, String password) {
        Complaint complaint = workflow.load(caseId, version);
        actions.require(complaint, CaseAction.ISSUE_DOCUMENT, caller(), this::holds);
        String why = Execution.required(complaint, reason, "note.reason");
        execution.requireAllowable(complaint, disposition, amount);
        var signer = workflow.verifySignature(caller(), Role.BUSINESS, password);
        AllowanceNote note = new AllowanceNote(complaint, disposition, amount, why, clock.instant(), caller());
        note.getDaySerial().assign(serials.next(NoticeSerials.Kind.ZR, note.getIssued().getAt(), clock.getZone()));
        em.persist(note);
        workflow.signatures().sign(complaint, signer, SignatureMeaning.ALLOWANCE_ISSUED, execution.describe(note));
        execution.settleHolder(complaint);
        return note.getId();
    }

    /** 客户签回: the customer's signed copy of the countersigned allowance note came back. */
    @RolesAllowed(Roles.BUSINESS)
    public void recordCustomerSignature(@NotNull Long caseId, long version, @NotNull Long noteId,
                                        @Size(max = 100) String customerSigner, @NotNull LocalDate signedOn,
                                        String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireWork(complaint, Step.EXECUTION, caller());
        AllowanceNote note = execution.allowanceNote(complaint, noteId);
        String signer = Execution.required(complaint, customerSigner, "note.customerSigner");
        if (signedOn.isAfter(LocalDate.now(clock))) {
            throw new FutureDateException(CaseWorkflow.label(complaint));
        }
        execution.requireNext(note, NoteAction.CUSTOMER_SIGN);
        var signature = workflow.verifySignature(caller(), Role.BUSINESS, password);
        note.recordCustomerSignature(signer, signedOn, caller());
        workflow.signatures().sign(complaint, signature, SignatureMeaning.ALLOWANCE_CUSTOMER_SIGNED,
                execution.describe(note) + "，客户签回：" + signer);
        execution.settleHolder(complaint);
    }

    /** 开立成品退货单 for an approved return, exchange or rework, at most what is left of the approved quantity. */
    @RolesAllowed(Roles.BUSINESS)
    public Long issueReturnNote(@NotNull Long caseId, long version, @NotNull Disposition disposition,
                                @Positive int quantity, @Size(max = 2000) String reason,
                                @Size(max = 2000) String handling, String password) {
        Complaint complaint = workflow.load(caseId, version);
        actions.require(complaint, CaseAction.ISSUE_DOCUMENT, caller(), this::holds);
        String why = Execution.required(complaint, reason, "note.reason");
        String how = Execution.required(complaint, handling, "note.handling");
        execution.requireReturnable(complaint, disposition, quantity);
        var signer = workflow.verifySignature(caller(), Role.BUSINESS, password);
        ReturnNote note = new ReturnNote(complaint, disposition, quantity, why, how, clock.instant(), caller());
        note.getDaySerial().assign(serials.next(NoticeSerials.Kind.TH, note.getIssued().getAt(), clock.getZone()));
        em.persist(note);
        workflow.signatures().sign(complaint, signer, SignatureMeaning.RETURN_ISSUED, execution.describe(note));
        execution.settleHolder(complaint);
        return note.getId();
    }

    /**
     * 经理批示: the business manager releases a 成品退货单 to the warehouse, signed (seed 001, 第十三条). Until then
     * the warehouse cannot take the goods in.
     */
    @RolesAllowed(Roles.BUSINESS_MANAGER)
    public void releaseReturnNote(@NotNull Long caseId, long version, @NotNull Long noteId, String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireStep(complaint, Step.EXECUTION, caller());
        ReturnNote note = execution.returnNote(complaint, noteId);
        execution.requireNext(note, NoteAction.RELEASE);
        var signer = workflow.verifySignature(caller(), Role.BUSINESS_MANAGER, password);
        note.release(caller(), clock.instant());
        workflow.signatures().sign(complaint, signer, SignatureMeaning.RETURN_RELEASED, execution.describe(note));
        execution.settleHolder(complaint);
    }

    /**
     * 申请作废: the person who issued a note not yet posted asks to void it, with the reason, signed; the case's
     * approver countersigns (issue 15, item 4). Until then the note stops where it stood.
     */
    @RolesAllowed(Roles.BUSINESS)
    public void requestVoid(@NotNull Long caseId, long version, @NotNull VoidableNote.Kind kind, @NotNull Long noteId,
                            @Size(max = 2000) String reason, String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireStep(complaint, Step.EXECUTION, caller());
        VoidableNote note = execution.note(complaint, kind, noteId);
        String number = note.getNumber(clock.getZone());
        if (!caller().equals(note.getIssued().getActor())) {
            throw new NotIssuerException(number, note.getIssued().getActor());
        }
        if (!note.isVoidable()) {
            throw new WrongDocumentStateException(number, note.stateKey());
        }
        String why = Execution.required(complaint, reason, "note.voidReason");
        var signer = workflow.verifySignature(caller(), Role.BUSINESS, password);
        note.requestVoid(why, caller(), clock.instant());
        workflow.signatures().sign(complaint, signer, SignatureMeaning.VOID_REQUESTED, execution.describeVoid(kind, note));
        execution.settleHolder(complaint);
    }

    /** 差异说明: why the goods received differ from the approved quantity beyond the allowed ratio. */
    @RolesAllowed(Roles.BUSINESS)
    public void explainVariance(@NotNull Long caseId, long version, @NotNull Long noteId,
                                @Size(max = 2000) String explanation, String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireWork(complaint, Step.EXECUTION, caller());
        ReturnNote note = execution.returnNote(complaint, noteId);
        String text = Execution.required(complaint, explanation, "note.explanation");
        execution.requireNext(note, NoteAction.EXPLAIN);
        var signer = workflow.verifySignature(caller(), Role.BUSINESS, password);
        note.explain(text, caller(), clock.instant());
        workflow.signatures().sign(complaint, signer, SignatureMeaning.VARIANCE_EXPLAINED,
                execution.describe(note) + "：" + text);
        execution.settleHolder(complaint);
    }

    /** 仅说明: the customer acknowledged the explanation. */
    @RolesAllowed(Roles.BUSINESS)
    public void recordAcknowledgement(@NotNull Long caseId, long version, @Size(max = 2000) String acknowledgement,
                                      String password) {
        Complaint complaint = workflow.load(caseId, version);
        actions.require(complaint, CaseAction.ACKNOWLEDGE, caller(), this::holds);
        String text = Execution.required(complaint, acknowledgement, "note.acknowledgement");
        var signer = workflow.verifySignature(caller(), Role.BUSINESS, password);
        complaint.recordAcknowledgement(new CustomerAcknowledgement(text, clock.instant(), caller()));
        workflow.signatures().sign(complaint, signer, SignatureMeaning.EXPLANATION_ACKNOWLEDGED, text);
    }

    /**
     * 客户联络: a contact with the customer about a registered case, open or closed, as it happened (never in the
     * future); written once with who recorded it. It keeps the promises to the customer it answers (issue 14).
     */
    @RolesAllowed(Roles.BUSINESS)
    public Long recordContact(@NotNull Long caseId, @NotNull @Valid ContactInput contact) {
        Complaint complaint = em.find(Complaint.class, caseId);
        if (complaint == null) {
            throw new UnknownCaseException(caseId);
        }
        actions.require(complaint, CaseAction.CONTACT, caller(), this::holds);
        if (contact.contactedAt().isAfter(clock.instant())) {
            throw new FutureDateException(CaseWorkflow.label(complaint));
        }
        CustomerContact recorded = new CustomerContact(complaint, contact.contactedAt(), contact.channel(),
                contact.summary().strip(), contact.documents() == null ? Set.of() : contact.documents(),
                new Handled(caller(), clock.instant()));
        em.persist(recorded);
        promises.contacted(complaint, recorded);
        return recorded.getId();
    }

    /**
     * 客户不接受: a new slip for the same matter, linked to the original and one severity level higher, signed.
     * Possible once the customer was told the conclusion (at execution, or after closing). At execution the
     * original closes as 客户不接受，转新单 (issue 15, item 4): its open documents are voided with the reason and
     * its reminders stop; the new slip carries the matter on.
     */
    @RolesAllowed(Roles.BUSINESS)
    public Long fileRecomplaint(@NotNull Long originalId, long version, @Size(max = 2000) String reason,
                                String password) {
        // Locked at the version the caller saw, so a double submit files one slip, not two.
        Complaint original = workflow.load(originalId, version);
        actions.require(original, CaseAction.RECOMPLAIN, caller(), this::holds);
        String why = Execution.required(original, reason, "recomplaint.reason");
        var signer = workflow.verifySignature(caller(), Role.BUSINESS, password);
        String said = "客户不接受处理结论：" + why;
        if (original.isAt(Step.EXECUTION)) {
            List<String> voided = execution.voidOpenNotes(original, "客户不接受，转新单：" + why, caller());
            workflow.signatures().sign(original, signer, SignatureMeaning.CLOSED_NOT_ACCEPTED,
                    said + (voided.isEmpty() ? "" : "；作废单据 " + String.join("、", voided)));
            workflow.closeNotAccepted(original);
        } else {
            workflow.signatures().sign(original, signer, SignatureMeaning.RECOMPLAINT_FILED, said);
        }
        Complaint copy = Complaint.recomplaint(original, LinkReason.NOT_ACCEPTED, said, caller(), clock.instant());
        em.persist(copy);
        return copy.getId();
    }

    /**
     * 回访: the customer's rating after closing, once. A 4 or 5 opens a linked re-complaint by itself,
     * one severity level higher, as a draft in business's work list; its id is returned (else null).
     */
    @RolesAllowed(Roles.BUSINESS)
    public Long recordFollowUp(@NotNull Long caseId, long version, @NotNull Satisfaction rating,
                               @Size(max = 2000) String note) {
        Complaint complaint = workflow.load(caseId, version);
        actions.require(complaint, CaseAction.FOLLOW_UP, caller(), this::holds);
        String said = trim(note);
        Instant now = clock.instant();
        complaint.recordFollowUp(new SatisfactionFollowUp(rating, said, now, caller()));
        if (!rating.opensRecomplaint()) {
            return null;
        }
        Complaint recomplaint = Complaint.recomplaint(complaint, LinkReason.DISSATISFIED, "回访不满意（" + rating.score()
                + " " + ChineseTexts.of(rating.labelKey()) + "）" + (said == null ? "" : "：" + said), caller(), now);
        em.persist(recomplaint);
        return recomplaint.getId();
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
        actions.require(complaint, CaseAction.SEND_BACK, caller(), this::holds);
        workflow.sendBack(complaint, reason);
    }

    private void requireReportDateAfterReceipt(SlipInput input, String label) {
        if (input.reportRequestedBy() != null
                && input.reportRequestedBy().isBefore(input.receivedAt().atZone(clock.getZone()).toLocalDate())) {
            throw new ReportDateBeforeReceiptException(label);
        }
    }

    private static SlipDetails details(SlipInput in) {
        return new SlipDetails(trim(in.contact()), in.channel(), in.receivedAt(), trim(in.orderNo()),
                in.partNo().strip(), in.shipmentDate(), in.quantityShipped(), in.defectQuantity(),
                in.customerRequests(), in.quantitiesPending(), in.description().strip(), in.sampleReceived(),
                in.category(), trim(in.businessRemark()), trim(in.complainedPerson()), in.reportRequestedBy());
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private boolean holds(Role role) {
        return session.isCallerInRole(role.roleName());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
