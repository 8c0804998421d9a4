package cn.kesu.business.execution;

import cn.kesu.business.common.ChineseTexts;
import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.business.complaint.workflow.TextRequiredException;
import cn.kesu.business.settings.Settings;
import cn.kesu.model.catalog.Customer;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Consolidation;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.execution.AllowanceNote;
import cn.kesu.model.execution.AllowanceNoteStatus;
import cn.kesu.model.execution.NoteAction;
import cn.kesu.model.execution.ReturnNote;
import cn.kesu.model.execution.ReturnNoteStatus;
import cn.kesu.model.execution.VoidableNote;
import cn.kesu.model.settings.SettingKey;
import cn.kesu.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The rules every execution document follows, whichever department acts: a document only for a
 * disposition the approver approved, one per disposition, within the approved amount or quantity
 * (the approved result is the ceiling, 不得超越核决权限) and leaving something for each disposition of
 * the same pool still to come (an allowance and a compensation share the amount, returns, exchanges and
 * rework the quantity), and 结案 only once every disposition is done.
 */
@ApplicationScoped
public class Execution {

    private static final BigDecimal FEN = new BigDecimal("0.01");

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /**
     * 原核决人: the person who signed the case's approval, while enabled and still holding the approver's role;
     * what the procedure gives to "the original approver" is theirs alone. Empty when they cannot act any more
     * (left, or lost the role): then any holder of the approver's role.
     */
    public Optional<String> originalApprover(Complaint complaint) {
        Role approver = complaint.getApproverRole();
        return complaint.lastSignerOf(SignatureMeaning.APPROVED).filter(person -> em.createQuery(
                        "select count(u) from AppUser u join u.roles r where u.username = :username"
                                + " and u.enabled = true and r = :role", Long.class)
                .setParameter("username", person).setParameter("role", approver).getSingleResult() > 0);
    }

    public List<AllowanceNote> allowanceNotes(Long caseId) {
        return em.createQuery("select n from AllowanceNote n where n.complaint.id = :id order by n.id", AllowanceNote.class)
                .setParameter("id", caseId).getResultList();
    }

    public List<ReturnNote> returnNotes(Long caseId) {
        return em.createQuery("select n from ReturnNote n where n.complaint.id = :id order by n.id", ReturnNote.class)
                .setParameter("id", caseId).getResultList();
    }

    /** The case's notes that are not voided (作废): what counts against the approval and toward closing. */
    public List<AllowanceNote> allowanceNotesInForce(Long caseId) {
        return allowanceNotes(caseId).stream().filter(n -> !n.isVoided()).toList();
    }

    public List<ReturnNote> returnNotesInForce(Long caseId) {
        return returnNotes(caseId).stream().filter(n -> !n.isVoided()).toList();
    }

    /** Every note of the case, of both kinds. */
    private List<VoidableNote> notes(Complaint complaint) {
        return Stream.concat(allowanceNotes(complaint.getId()).stream(), returnNotes(complaint.getId()).stream())
                .map(VoidableNote.class::cast).toList();
    }

    /** The case's allowance note with this id; refused when it belongs to another case. */
    public AllowanceNote allowanceNote(Complaint complaint, Long noteId) {
        AllowanceNote note = noteId == null ? null : em.find(AllowanceNote.class, noteId);
        if (note == null || !Objects.equals(note.getComplaint().getId(), complaint.getId())) {
            throw new UnknownDocumentException(noteId);
        }
        return note;
    }

    public ReturnNote returnNote(Complaint complaint, Long noteId) {
        ReturnNote note = noteId == null ? null : em.find(ReturnNote.class, noteId);
        if (note == null || !Objects.equals(note.getComplaint().getId(), complaint.getId())) {
            throw new UnknownDocumentException(noteId);
        }
        return note;
    }

    /** The case's note of the kind with this id; refused when it belongs to another case. */
    public VoidableNote note(Complaint complaint, VoidableNote.Kind kind, Long noteId) {
        return kind == VoidableNote.Kind.ALLOWANCE ? allowanceNote(complaint, noteId) : returnNote(complaint, noteId);
    }

    /**
     * The action must be the note's next one (e.g. no posting before the customer signed, nothing on a voided
     * note or one waiting for its void countersignature).
     */
    public void requireNext(VoidableNote note, NoteAction action) {
        if (note.next() != action) {
            throw new WrongDocumentStateException(note.getNumber(clock.getZone()), note.stateKey());
        }
    }

    /**
     * 客户不接受，转新单: every open note of the case is voided with the reason, a void already asked for
     * included; posted notes stay, they are in the books.
     */
    public List<String> voidOpenNotes(Complaint complaint, String reason, String by) {
        Instant now = clock.instant();
        List<String> voided = new ArrayList<>();
        for (VoidableNote note : notes(complaint)) {
            if (note.isVoidPending()) {
                note.countersignVoid(by, now);
            } else if (note.isVoidable()) {
                note.voidAtOnce(reason, by, now);
            } else {
                continue;
            }
            voided.add(note.getNumber(clock.getZone()));
        }
        return voided;
    }

    public void requireAllowable(Complaint complaint, Disposition disposition, BigDecimal amount) {
        requireApproved(complaint, disposition, disposition.needsAllowanceNote());
        List<AllowanceNote> issued = allowanceNotesInForce(complaint.getId());
        if (issued.stream().anyMatch(n -> n.getDisposition() == disposition)) {
            throw new DocumentExistsException(CaseWorkflow.label(complaint), disposition);
        }
        // Every other approved allowance-type disposition still needs a note of at least a fen.
        long othersWaiting = waiting(complaint, Disposition::needsAllowanceNote, issued.stream()
                .map(AllowanceNote::getDisposition).toList()) - 1;
        BigDecimal remaining = complaint.getConsolidation().approvedAmount()
                .subtract(issued.stream().map(AllowanceNote::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .subtract(FEN.multiply(BigDecimal.valueOf(othersWaiting)));
        if (amount.compareTo(remaining) > 0) {
            throw new AmountAboveApprovedException(CaseWorkflow.label(complaint), remaining.max(BigDecimal.ZERO));
        }
    }

    /**
     * A return delivered in several shipments has a 成品退货单 for each, all within the approved quantity
     * (issue 15, item 12); a note may take what is left of it.
     */
    public void requireReturnable(Complaint complaint, Disposition disposition, int quantity) {
        requireApproved(complaint, disposition, disposition.needsReturnNote());
        int remaining = returnable(complaint, disposition);
        if (quantity > remaining) {
            throw new QuantityAboveApprovedException(CaseWorkflow.label(complaint), Math.max(remaining, 0));
        }
    }

    /**
     * How many pieces a further note for this return-type disposition may take: the approved quantity less
     * every note issued, keeping one piece for each other approved return-type disposition without a note yet.
     */
    public int returnable(Complaint complaint, Disposition disposition) {
        List<ReturnNote> issued = returnNotesInForce(complaint.getId());
        List<Disposition> documented = issued.stream().map(ReturnNote::getDisposition).toList();
        long othersWaiting = waiting(complaint, Disposition::needsReturnNote, documented)
                - (documented.contains(disposition) ? 0 : 1);
        return complaint.getConsolidation().approvedReturnQuantity()
                - issued.stream().mapToInt(ReturnNote::getApprovedQuantity).sum() - (int) othersWaiting;
    }

    /** How many approved dispositions of the kind have no document yet. */
    private static long waiting(Complaint complaint, Predicate<Disposition> kind, List<Disposition> documented) {
        return complaint.getConsolidation().getDispositions().stream().filter(kind)
                .filter(d -> !documented.contains(d)).count();
    }

    /**
     * After a document was issued or moved on: the execution's stay goes to the department the oldest open
     * document waits for when that is not the case's holder (the warehouse to receive, accounting to post,
     * the approver to countersign), and back to the holder when nothing waits elsewhere (issue 15, item 2).
     */
    public void settleHolder(Complaint complaint) {
        Role approver = complaint.getApproverRole();
        Role holder = notes(complaint).stream().filter(n -> n.next() != null)
                .map(n -> new Waiting(n.getIssued().getAt(), n.next().actor(approver)))
                .filter(w -> w.actor().homeDepartment() != complaint.getHolderDepartment())
                .min(Comparator.comparing(Waiting::since)).map(Waiting::actor).orElse(complaint.getHolderRole());
        complaint.handExecutionTo(holder.homeDepartment(), holder, clock.instant());
    }

    /** A document's next action and since when its document exists. */
    private record Waiting(Instant since, Role actor) {
    }

    /** 仅说明 must be among the approved dispositions, and acknowledged once. */
    public void requireAcknowledgeable(Complaint complaint) {
        requireApproved(complaint, Disposition.EXPLANATION_ONLY, true);
        if (complaint.getAcknowledgement() != null) {
            throw new DocumentExistsException(CaseWorkflow.label(complaint), Disposition.EXPLANATION_ONLY);
        }
    }

    private static void requireApproved(Complaint complaint, Disposition disposition, boolean rightKind) {
        Consolidation approved = complaint.getConsolidation();
        if (!rightKind || approved == null || !approved.getDispositions().contains(disposition)) {
            throw new DispositionNotApprovedException(CaseWorkflow.label(complaint), disposition);
        }
    }

    /** 超量允收比率: the customer's own, else the company default (3 % unless changed). */
    public BigDecimal toleranceFor(Customer customer) {
        return customer.getOverAcceptanceRatio() != null ? customer.getOverAcceptanceRatio()
                : settings.ratio(SettingKey.OVER_ACCEPTANCE_RATIO);
    }

    /** The approved dispositions not yet carried out, in the order of the form. */
    public List<Disposition> outstanding(Complaint complaint) {
        if (complaint.getConsolidation() == null) {
            return List.of();
        }
        List<AllowanceNote> allowances = allowanceNotesInForce(complaint.getId());
        List<ReturnNote> returns = returnNotesInForce(complaint.getId());
        return complaint.getConsolidation().getDispositions().stream().sorted()
                .filter(d -> !isDone(complaint, d, allowances, returns)).toList();
    }

    private static boolean isDone(Complaint complaint, Disposition disposition, List<AllowanceNote> allowances,
                                  List<ReturnNote> returns) {
        if (disposition.needsAllowanceNote()) {
            return allowances.stream().anyMatch(n -> n.getDisposition() == disposition
                    && n.isIn(AllowanceNoteStatus.POSTED));
        }
        if (disposition.needsReturnNote()) {
            // Every shipment's note posted, and at least one.
            List<ReturnNote> notes = returns.stream().filter(n -> n.getDisposition() == disposition).toList();
            return !notes.isEmpty() && notes.stream().allMatch(n -> n.isIn(ReturnNoteStatus.POSTED));
        }
        return complaint.getAcknowledgement() != null;
    }

    public void requireComplete(Complaint complaint) {
        List<Disposition> missing = outstanding(complaint);
        if (!missing.isEmpty()) {
            throw new ExecutionIncompleteException(CaseWorkflow.label(complaint), missing);
        }
    }

    public boolean hasDocuments(Complaint complaint) {
        return !allowanceNotesInForce(complaint.getId()).isEmpty() || !returnNotesInForce(complaint.getId()).isEmpty()
                || complaint.getAcknowledgement() != null;
    }

    /** The stripped text, refused when empty; {@code fieldKey} names the field in the refusal. */
    public static String required(Complaint complaint, String text, String fieldKey) {
        if (text == null || text.isBlank()) {
            throw new TextRequiredException(CaseWorkflow.label(complaint), fieldKey);
        }
        return text.strip();
    }

    /** How a signature's opinion names a document, e.g. "销货折让证明单 ZR261201-4 折让 3500.00 元". */
    public String describe(AllowanceNote note) {
        em.flush();
        return "销货折让证明单 " + note.getNumber(clock.getZone()) + " " + ChineseTexts.of(note.getDisposition().labelKey())
                + " " + note.getAmount().toPlainString() + " 元";
    }

    /** How a signature's opinion names a note being voided, e.g. "成品退货单 TH261201-2 作废原因：开错数量". */
    public String describeVoid(VoidableNote.Kind kind, VoidableNote note) {
        return kind.title() + " " + note.getNumber(clock.getZone()) + " 作废原因：" + note.getVoiding().getReason();
    }

    public String describe(ReturnNote note) {
        em.flush();
        return "成品退货单 " + note.getNumber(clock.getZone()) + " " + ChineseTexts.of(note.getDisposition().labelKey())
                + " 核准 " + note.getApprovedQuantity()
                + (note.getReceivedQuantity() == null ? "" : " 实收 " + note.getReceivedQuantity());
    }
}
