package cn.kesu.business.execution;

import cn.kesu.business.common.InList;
import cn.kesu.business.deadline.CustomerPromises;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.execution.AllowanceNote;
import cn.kesu.model.execution.AllowanceNoteStatus;
import cn.kesu.model.execution.NoteAction;
import cn.kesu.model.execution.ReturnNote;
import cn.kesu.model.execution.ReturnNoteStatus;
import cn.kesu.model.execution.SupplierClaim;
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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading the execution step: a case's documents and supplier claims, the documents waiting for the
 * caller's department (the work list of warehouse, accounting, the approvers and business), the open
 * supplier claims, and the receivables report for the salespeople's bonus.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING, Roles.AUDITOR})
public class ExecutionQueries {

    private static final String ALLOWANCES = "select n from AllowanceNote n join fetch n.complaint c join fetch c.customer"
            + " where c.currentStep = :step";
    private static final String RETURNS = "select n from ReturnNote n join fetch n.complaint c join fetch c.customer"
            + " where c.currentStep = :step";

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerPromises promises;

    @Inject
    Execution execution;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<AllowanceNote> allowanceNotes(Long caseId) {
        return execution.allowanceNotes(caseId);
    }

    public List<ReturnNote> returnNotes(Long caseId) {
        return execution.returnNotes(caseId);
    }

    /** Whether the customer is still to be told what was approved: 结案 waits for it. */
    public boolean finalAnswerOwed(Long caseId) {
        Complaint complaint = em.find(Complaint.class, caseId);
        return complaint != null && promises.finalAnswerOwed(complaint);
    }

    /** The approved dispositions of the case not yet carried out. */
    public List<Disposition> outstanding(Long caseId) {
        Complaint complaint = em.find(Complaint.class, caseId);
        return complaint == null ? List.of() : execution.outstanding(complaint);
    }

    public List<SupplierClaim> supplierClaims(Long caseId) {
        return em.createQuery("select s from SupplierClaim s join fetch s.supplier where s.complaint.id = :id order by s.id",
                SupplierClaim.class).setParameter("id", caseId).getResultList();
    }

    /** Supplier claims not yet settled, for accounting and the GM office. */
    @RolesAllowed({Roles.ACCOUNTING, Roles.GM_OFFICE, Roles.GM, Roles.AUDITOR})
    public List<SupplierClaim> openSupplierClaims() {
        return em.createQuery("select s from SupplierClaim s join fetch s.supplier join fetch s.complaint"
                + " where s.settlement.at is null order by s.raised.at", SupplierClaim.class).getResultList();
    }

    /**
     * The caller's next action on each document of the case: none unless the case is at execution and the
     * caller is not recused; else the note's next action where the caller holds its actor's role, and the
     * notes the caller issued and may ask to void (作废).
     */
    public DocumentActions nextActions(Long caseId) {
        Complaint complaint = em.find(Complaint.class, caseId);
        Map<Long, NoteAction> allowances = new HashMap<>();
        Map<Long, NoteAction> returns = new HashMap<>();
        Set<Long> voidableAllowances = new HashSet<>();
        Set<Long> voidableReturns = new HashSet<>();
        if (complaint != null && complaint.isAt(Step.EXECUTION)
                && !complaint.isRecused(session.getCallerPrincipal().getName())) {
            Role approver = complaint.getApproverRole();
            String caller = session.getCallerPrincipal().getName();
            // The approver's part belongs to the original approver in person while they can act, and never to
            // the one who issued or explained the document (职责分离).
            boolean anotherApprover = execution.originalApprover(complaint).filter(original -> !original.equals(caller))
                    .isPresent();
            for (AllowanceNote note : allowanceNotes(caseId)) {
                callersNext(note.next(), approver)
                        .filter(next -> next != NoteAction.COUNTERSIGN
                                || !anotherApprover && !caller.equals(note.getIssued().getActor()))
                        .filter(next -> mayCountersignVoid(note, next, anotherApprover, caller))
                        .ifPresent(next -> allowances.put(note.getId(), next));
                if (mayAskToVoid(note, caller)) {
                    voidableAllowances.add(note.getId());
                }
            }
            for (ReturnNote note : returnNotes(caseId)) {
                callersNext(note.next(), approver)
                        .filter(next -> next != NoteAction.DECIDE || !anotherApprover && (note.getExplained() == null
                                || !caller.equals(note.getExplained().getActor())))
                        .filter(next -> mayCountersignVoid(note, next, anotherApprover, caller))
                        .ifPresent(next -> returns.put(note.getId(), next));
                if (mayAskToVoid(note, caller)) {
                    voidableReturns.add(note.getId());
                }
            }
        }
        return new DocumentActions(allowances, returns, voidableAllowances, voidableReturns);
    }

    /**
     * The return-type dispositions of the case a further 成品退货单 may still be issued for, each with the pieces
     * it may take (several shipments, several notes, within the approved quantity); empty before approval.
     */
    public Map<Disposition, Integer> returnableQuantities(Long caseId) {
        Complaint complaint = em.find(Complaint.class, caseId);
        Map<Disposition, Integer> returnable = new EnumMap<>(Disposition.class);
        if (complaint == null || complaint.getConsolidation() == null) {
            return returnable;
        }
        complaint.getConsolidation().getDispositions().stream().filter(Disposition::needsReturnNote).sorted()
                .forEach(d -> {
                    int pieces = execution.returnable(complaint, d);
                    if (pieces > 0) {
                        returnable.put(d, pieces);
                    }
                });
        return returnable;
    }

    /** What waits for the caller: the next action on each document is one department's, or the approver's. */
    public List<DocumentTask> awaitingCaller() {
        ZoneId zone = clock.getZone();
        List<DocumentTask> tasks = new ArrayList<>();
        Set<AllowanceNoteStatus> allowanceStates = EnumSet.noneOf(AllowanceNoteStatus.class);
        Arrays.stream(AllowanceNoteStatus.values()).filter(status -> takenByCallersDepartment(status.next()))
                .forEach(allowanceStates::add);
        Set<ReturnNoteStatus> returnStates = EnumSet.noneOf(ReturnNoteStatus.class);
        Arrays.stream(ReturnNoteStatus.values()).filter(status -> takenByCallersDepartment(status.next()))
                .forEach(returnStates::add);
        if (!allowanceStates.isEmpty()) {
            // The database picks the notes in those states (issue 17: it used to return every note of the
            // executing cases for Java to filter); the check in Java stays as the states' definition.
            List<AllowanceNote> notes = em.createQuery(ALLOWANCES + " and n.voiding.requested.at is null and ("
                            + allowanceStates.stream().map(ExecutionQueries::inState).collect(Collectors.joining(" or "))
                            + ") order by n.issued.at", AllowanceNote.class)
                    .setParameter("step", Step.EXECUTION).getResultList();
            notes.stream().filter(n -> takenByCallersDepartment(n.next())).map(n -> DocumentTask.of(n, zone))
                    .forEach(tasks::add);
        }
        if (!returnStates.isEmpty()) {
            Map<String, Object> params = new HashMap<>(Map.of("step", Step.EXECUTION));
            InList.bound(em.createQuery(RETURNS + " and " + InList.of("n.status", "state", returnStates, params)
                            + " and n.voiding.requested.at is null order by n.issued.at", ReturnNote.class), params)
                    .getResultList()
                    .forEach(n -> tasks.add(DocumentTask.of(n, zone)));
        }
        Set<Role> approving = EnumSet.noneOf(Role.class);
        for (Role approver : List.of(Role.BUSINESS_MANAGER, Role.DEPUTY_GM, Role.GM)) {
            if (session.isCallerInRole(approver.roleName())) {
                approving.add(approver);
            }
        }
        if (!approving.isEmpty()) {
            Map<String, Object> params = new HashMap<>(Map.of("step", Step.EXECUTION));
            String roles = InList.of("c.approverRole", "role", approving, params);
            InList.bound(em.createQuery(ALLOWANCES + " and " + roles + " and n.posted.at is null"
                            + " and (n.countersigned.at is null or n.voiding.requested.at is not null)"
                            + " and n.voiding.voided.at is null order by n.issued.at", AllowanceNote.class), params)
                    .getResultList().forEach(n -> tasks.add(DocumentTask.of(n, zone)));
            params.put("explained", ReturnNoteStatus.EXPLAINED);
            InList.bound(em.createQuery(RETURNS + " and " + roles + " and (n.status = :explained and"
                            + " n.voiding.requested.at is null or n.voiding.requested.at is not null and"
                            + " n.voiding.voided.at is null) order by n.issued.at", ReturnNote.class), params)
                    .getResultList().forEach(n -> tasks.add(DocumentTask.of(n, zone)));
        }
        return tasks;
    }

    /**
     * 业务员收款率扣除: per salesperson (who filed the slip), the claim amounts of the cases closed in
     * the month whose consolidated opinion said they touch receivables.
     */
    @RolesAllowed({Roles.ACCOUNTING, Roles.BUSINESS_MANAGER, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.AUDITOR})
    public List<ReceivablesRow> receivables(YearMonth month) {
        ZoneId zone = clock.getZone();
        Map<String, String> names = em.createQuery("select u.username, u.fullName from AppUser u", Object[].class)
                .getResultList().stream().collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
        return em.createQuery("select c.createdBy, count(c), sum(c.consolidation.claimAmount) from Complaint c"
                        + " where c.consolidation.affectsReceivables = true and c.currentStep = :closed"
                        + " and c.closedAt >= :from and c.closedAt < :to group by c.createdBy order by c.createdBy",
                        Object[].class)
                .setParameter("closed", Step.CLOSED)
                .setParameter("from", month.atDay(1).atStartOfDay(zone).toInstant())
                .setParameter("to", month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())
                .getResultList().stream()
                .map(r -> new ReceivablesRow((String) r[0], names.getOrDefault((String) r[0], (String) r[0]), (Long) r[1],
                        r[2] == null ? BigDecimal.ZERO : (BigDecimal) r[2]))
                .toList();
    }

    /** 作废会签 is the original approver's, never of the one who asked to void (职责分离); other actions pass. */
    private static boolean mayCountersignVoid(VoidableNote note, NoteAction next, boolean anotherApprover,
                                              String caller) {
        return next != NoteAction.COUNTERSIGN_VOID
                || !anotherApprover && !caller.equals(note.getVoiding().getRequested().getActor());
    }

    /** 申请作废 is the issuer's, while the note may still be voided. */
    private static boolean mayAskToVoid(VoidableNote note, String caller) {
        return note.isVoidable() && caller.equals(note.getIssued().getActor());
    }

    /** The next action on a note, where the caller takes it on a case approved by {@code approver}. */
    private Optional<NoteAction> callersNext(NoteAction next, Role approver) {
        return Optional.ofNullable(next).filter(action -> holds(action.actor(approver)));
    }

    /** Whether the caller's department takes this next action (not the case's approver). */
    /** An allowance note's status ({@link AllowanceNote#getStatus()}) as a JPQL condition on its columns. */
    private static String inState(AllowanceNoteStatus status) {
        return switch (status) {
            case POSTED -> "n.posted.at is not null";
            case CUSTOMER_SIGNED -> "(n.posted.at is null and n.customerSignedOn is not null)";
            case COUNTERSIGNED -> "(n.posted.at is null and n.customerSignedOn is null and n.countersigned.at is not null)";
            case ISSUED -> "(n.posted.at is null and n.customerSignedOn is null and n.countersigned.at is null)";
        };
    }

    private boolean takenByCallersDepartment(NoteAction next) {
        return next != null && next.fixedActor().filter(this::holds).isPresent();
    }

    private boolean holds(Role role) {
        return session.isCallerInRole(role.roleName());
    }
}
