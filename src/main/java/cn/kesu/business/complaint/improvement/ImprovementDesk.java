package cn.kesu.business.complaint.improvement;

import cn.kesu.business.catalog.CatalogLookup;
import cn.kesu.business.common.InList;
import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.business.complaint.workflow.StaleCaseException;
import cn.kesu.business.complaint.workflow.UnknownCaseException;
import cn.kesu.business.execution.Execution;
import cn.kesu.business.settings.Settings;
import cn.kesu.model.Handled;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.improvement.ActionKind;
import cn.kesu.model.improvement.Discipline;
import cn.kesu.model.improvement.EightD;
import cn.kesu.model.improvement.ImprovementAction;
import cn.kesu.model.improvement.OpenReason;
import cn.kesu.model.improvement.RootCause;
import cn.kesu.model.improvement.ShippedLot;
import cn.kesu.model.improvement.Sorting;
import cn.kesu.model.improvement.VerificationLot;
import cn.kesu.model.settings.SettingKey;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The 8D of a case (issue 14): QA opens one for any established case (the rule opens the others, {@link EightDs}),
 * finds the root cause (D1, D4, signed), sets the containment, corrective and preventive actions with their owners
 * and due days, and records the verification lots; each owning department records its action done with evidence;
 * QA's manager closes the 8D (D8, signed) once the cause is found, every action is done, a permanent corrective
 * action exists, and the configured number of consecutive lots came without the defect. Every reader of the case
 * reads its 8D. Those the complaint is about (回避) act on none of it.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING, Roles.AUDITOR})
public class ImprovementDesk {

    /** The lists show at most this many rows; more than that is not a list to read but a backlog to report. */
    static final int LIST_LIMIT = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseWorkflow workflow;

    @Inject
    EightDs eightDs;

    @Inject
    CatalogLookup catalogs;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public Optional<EightD> of(@NotNull Long caseId) {
        return eightDs.of(caseId);
    }

    public List<ImprovementAction> actions(@NotNull Long eightDId) {
        return em.createQuery("select a from ImprovementAction a where a.eightD.id = :id order by a.discipline, a.id",
                ImprovementAction.class).setParameter("id", eightDId).getResultList();
    }

    /** One action, for its own form (the 暂停生产通知). */
    public Optional<ImprovementAction> action(@NotNull Long actionId) {
        return Optional.ofNullable(em.find(ImprovementAction.class, actionId));
    }

    public List<VerificationLot> lots(@NotNull Long eightDId) {
        return em.createQuery("select l from VerificationLot l where l.eightD.id = :id order by l.id",
                VerificationLot.class).setParameter("id", eightDId).getResultList();
    }

    /**
     * 8D 一览: every open 8D, the oldest first, with its open and overdue actions — for the GM office, the approvers,
     * auditors and QA, who follow the improvement loop of every case.
     */
    @RolesAllowed({Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.AUDITOR, Roles.QA, Roles.QA_MANAGER})
    public List<EightDRow> openEightDs() {
        return em.createQuery("select new cn.kesu.business.complaint.improvement.EightDRow(c.id, c.number, cu.name,"
                        + " d.reason, d.opened.at, d.rootCauseFound.at, d.cleanLots,"
                        + " (select count(a) from ImprovementAction a where a.eightD = d and a.done.at is null),"
                        + " (select count(a) from ImprovementAction a where a.eightD = d and a.done.at is null"
                        + "  and a.dueAt < :now))"
                        + " from EightD d join d.complaint c join c.customer cu where d.closed.at is null"
                        + " order by d.opened.at, d.id", EightDRow.class)
                .setParameter("now", clock.instant()).setMaxResults(LIST_LIMIT).getResultList();
    }

    /** Whether the caller follows every 8D (the list above), not only its own department's actions. */
    public boolean followsEveryEightD() {
        return Stream.of(Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.AUDITOR, Roles.QA,
                Roles.QA_MANAGER).anyMatch(session::isCallerInRole);
    }

    /** 本部门改善行动: the open actions the caller's departments own, the earliest due first — their work list. */
    public List<OwnAction> ownActions() {
        Set<Department> own = callersDepartments();
        if (own.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        return InList.bound(em.createQuery("select new cn.kesu.business.complaint.improvement.OwnAction(a.id,"
                        + " a.complaint.id, a.complaint.number, a.discipline, a.kind, a.owner, a.description, a.dueAt)"
                        + " from ImprovementAction a where a.done.at is null"
                        + " and " + InList.of("a.owner", "own", own, params) + " and a.eightD.closed.at is null"
                        + " order by a.dueAt, a.id", OwnAction.class), params)
                .setMaxResults(LIST_LIMIT).getResultList();
    }

    /** How many open actions the caller's departments own, for the home page: one count, no rows. */
    public long ownActionCount() {
        Set<Department> own = callersDepartments();
        if (own.isEmpty()) {
            return 0;
        }
        Map<String, Object> params = new HashMap<>();
        return InList.bound(em.createQuery("select count(a) from ImprovementAction a where a.done.at is null"
                + " and " + InList.of("a.owner", "own", own, params) + " and a.eightD.closed.at is null", Long.class),
                params).getSingleResult();
    }

    /** The departments whose own work the caller does (the approvers at the head of the GM office excepted). */
    private Set<Department> callersDepartments() {
        return Arrays.stream(Department.values()).filter(this::callerWorksFor)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Department.class)));
    }

    /** Whether the caller holds one of the department's own roles: who may record its actions done. */
    private boolean callerWorksFor(Department department) {
        return department.staff().stream().anyMatch(role -> session.isCallerInRole(role.roleName()));
    }

    /** How many consecutive clean lots close an 8D (连续三批无此不良, a setting). */
    public int cleanLotsToClose() {
        return settings.number(SettingKey.CLEAN_LOTS);
    }

    /** What the caller may do on the case's 8D, by the same rules the actions below check. */
    public EightDOptions options(@NotNull Long caseId) {
        Complaint complaint = em.find(Complaint.class, caseId);
        if (complaint == null) {
            throw new UnknownCaseException(caseId);
        }
        if (complaint.isRecused(caller())) {
            return new EightDOptions(false, false, false, Set.of(), Set.of());
        }
        boolean qa = session.isCallerInRole(Roles.QA) || session.isCallerInRole(Roles.QA_MANAGER);
        Optional<EightD> eightD = eightDs.of(caseId);
        if (eightD.isEmpty()) {
            return new EightDOptions(qa && mayHaveEightD(complaint), false, false, Set.of(), Set.of());
        }
        boolean open = !eightD.get().isClosed();
        List<ImprovementAction> actions = open ? actions(eightD.get().getId()) : List.of();
        Set<Long> completable = actions.stream().filter(a -> !a.isDone() && callerWorksFor(a.getOwner()))
                .map(ImprovementAction::getId).collect(Collectors.toSet());
        Set<Long> releasable = !qa ? Set.of() : actions.stream().filter(a -> a.isDone() && a.isHoldInForce())
                .map(ImprovementAction::getId).collect(Collectors.toSet());
        return new EightDOptions(false, qa && open, open && session.isCallerInRole(Roles.QA_MANAGER), completable,
                releasable);
    }

    /** QA opens an 8D for an established case the rule did not open one for, or during its investigation. */
    @RolesAllowed({Roles.QA, Roles.QA_MANAGER})
    public Long open(@NotNull Long caseId, long version) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireNotRecused(complaint, caller());
        if (!mayHaveEightD(complaint)) {
            throw new NotEstablishedException(complaint.label());
        }
        if (eightDs.of(caseId).isPresent()) {
            throw new EightDExistsException(complaint.label());
        }
        EightD opened = new EightD(complaint, OpenReason.QA, caller(), clock.instant());
        em.persist(opened);
        return opened.getId();
    }

    /** D1 and D4: the team and the root cause, signed by QA; again after a lot with the defect reopened D4. */
    @RolesAllowed({Roles.QA, Roles.QA_MANAGER})
    public void findRootCause(@NotNull Long eightDId, long version, @NotNull @Valid RootCauseInput input,
                              String password) {
        EightD eightD = load(eightDId, version);
        var causeCode = catalogs.entry(input.causeCodeId(), CatalogKind.CAUSE_CODE);
        var signer = workflow.verifySignature(caller(), qaRole(), password);
        eightD.findRootCause(trim(input.team()), new RootCause(input.occurrence().strip(), input.escape().strip(),
                trim(input.whyChain()), causeCode), new Handled(caller(), clock.instant()));
        workflow.signatures().sign(eightD.getComplaint(), signer, SignatureMeaning.ROOT_CAUSE_FOUND,
                "8D 根本原因：" + input.occurrence().strip() + "；流出原因：" + input.escape().strip());
    }

    /**
     * D3, D5/D6, D7: an action of a kind, with the department that does it and the day it is due (the end of that
     * day). An affected shipped lot names the lot; a 暂停生产通知 goes to production and is signed by QA — the
     * password is asked for that one only.
     */
    @RolesAllowed({Roles.QA, Roles.QA_MANAGER})
    public Long addAction(@NotNull Long eightDId, long version, @NotNull @Valid ActionInput input, String password) {
        EightD eightD = load(eightDId, version);
        String label = eightD.getComplaint().label();
        if (input.dueOn().isBefore(LocalDate.now(clock))) {
            throw new PastDueDateException(label);
        }
        ShippedLot lot = null;
        if (input.kind() == ActionKind.SHIPPED_LOT) {
            if (input.lot() == null) {
                throw new ShippedLotRequiredException(label);
            }
            lot = new ShippedLot(input.lot().lotNo().strip(), input.lot().quantity(), input.lot().location());
        }
        if (input.kind() == ActionKind.WIP_HOLD && input.owner() != Department.PRODUCTION) {
            throw new HoldToProductionException(label);
        }
        var signer = input.kind() == ActionKind.WIP_HOLD ? workflow.verifySignature(caller(), qaRole(), password)
                : null;
        ImprovementAction action = new ImprovementAction(eightD, input.kind(), lot, input.description().strip(),
                input.owner(), input.dueOn().plusDays(1).atStartOfDay(clock.getZone()).toInstant(),
                new Handled(caller(), clock.instant()));
        em.persist(action);
        if (signer != null) {
            workflow.signatures().sign(eightD.getComplaint(), signer, SignatureMeaning.WIP_HOLD_ISSUED,
                    "暂停生产通知：" + action.getDescription() + "（限 " + input.dueOn() + " 前落实）");
        }
        return action.getId();
    }

    /**
     * 完成: the owning department records its action done, with what shows it; a stock sorting with its quantities
     * (rejected and released make up the sorted), a recall with its decision.
     */
    public void completeAction(@NotNull Long actionId, long version, @NotNull @Valid CompletionInput input) {
        ImprovementAction action = actionAt(actionId, version);
        String label = action.getComplaint().label();
        if (!callerWorksFor(action.getOwner())) {
            throw new NotActionOwnerException(label, action.getOwner());
        }
        if (action.isDone()) {
            throw new ActionDoneException(label);
        }
        String shownBy = Execution.required(action.getComplaint(), input.evidence(), "eightD.evidence");
        Sorting sorting = null;
        if (action.getKind() == ActionKind.STOCK_SORTING) {
            if (input.sorted() == null || input.rejected() == null || input.released() == null
                    || input.sorted() == 0 || input.rejected() + input.released() != input.sorted()) {
                throw new SortingFiguresException(label);
            }
            sorting = new Sorting(input.sorted(), input.rejected(), input.released());
        }
        Boolean recall = null;
        if (action.getKind() == ActionKind.RECALL) {
            if (input.recall() == null) {
                throw new RecallDecisionRequiredException(label);
            }
            recall = input.recall();
        }
        em.lock(action, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        action.complete(shownBy, sorting, recall, new Handled(caller(), clock.instant()));
    }

    /** 解除暂停生产: QA lifts a hold production has put in place, signed, with the reason it may run again. */
    @RolesAllowed({Roles.QA, Roles.QA_MANAGER})
    public void releaseHold(@NotNull Long actionId, long version, @Size(max = 2000) String reason, String password) {
        ImprovementAction action = actionAt(actionId, version);
        if (!action.isHoldInForce() || !action.isDone()) {
            throw new HoldNotInForceException(action.getComplaint().label());
        }
        String because = Execution.required(action.getComplaint(), reason, "eightD.releaseReason");
        var signer = workflow.verifySignature(caller(), qaRole(), password);
        em.lock(action, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        action.release(because, new Handled(caller(), clock.instant()));
        workflow.signatures().sign(action.getComplaint(), signer, SignatureMeaning.WIP_HOLD_RELEASED,
                "解除暂停生产：" + action.getDescription() + "。" + because);
    }

    /** 效果确认: a lot made or shipped after the actions; one with the defect reopens D4 and restarts the count. */
    @RolesAllowed({Roles.QA, Roles.QA_MANAGER})
    public void recordLot(@NotNull Long eightDId, long version, @NotNull @Valid LotInput input) {
        EightD eightD = load(eightDId, version);
        String note = trim(input.note());
        if (input.inspected() > input.quantity() || input.defects() > input.inspected()
                || input.defects() > 0 && note == null) {
            throw new LotFiguresException(eightD.getComplaint().label());
        }
        VerificationLot lot = new VerificationLot(eightD, input.lotNo().strip(), input.madeOn(), input.quantity(),
                input.inspected(), input.defects(), note, new Handled(caller(), clock.instant()));
        em.persist(lot);
        eightD.verified(lot);
    }

    /**
     * D8 结案, signed by QA's manager once the cause is proven removed, every action done and no 暂停生产通知 in
     * force; the opinion carries the team's recognition.
     */
    @RolesAllowed(Roles.QA_MANAGER)
    public void close(@NotNull Long eightDId, long version, @Size(max = 2000) String opinion, String password) {
        EightD eightD = load(eightDId, version);
        String label = eightD.getComplaint().label();
        if (!eightD.hasRootCause()) {
            throw new RootCauseRequiredException(label);
        }
        List<ImprovementAction> actions = actions(eightDId);
        long open = actions.stream().filter(a -> !a.isDone()).count();
        if (open > 0) {
            throw new ActionsOpenException(label, open);
        }
        if (actions.stream().noneMatch(a -> a.getDiscipline() == Discipline.CORRECTIVE)) {
            throw new CorrectiveActionRequiredException(label);
        }
        if (actions.stream().anyMatch(ImprovementAction::isHoldInForce)) {
            throw new HoldInForceException(label);
        }
        int needed = cleanLotsToClose();
        if (eightD.getCleanLots() < needed) {
            throw new CleanLotsRequiredException(label, eightD.getCleanLots(), needed);
        }
        var signer = workflow.verifySignature(caller(), Role.QA_MANAGER, password);
        eightD.close(new Handled(caller(), clock.instant()), trim(opinion));
        workflow.signatures().sign(eightD.getComplaint(), signer, SignatureMeaning.EIGHT_D_CLOSED,
                "8D 结案：连续 " + eightD.getCleanLots() + " 批无此不良" + (trim(opinion) == null ? "" : "。" + opinion.strip()));
    }

    /** The action at the version the caller saw, on an open 8D, with the caller not recused from its case. */
    private ImprovementAction actionAt(Long actionId, long version) {
        ImprovementAction action = em.find(ImprovementAction.class, actionId);
        if (action == null) {
            throw new UnknownCaseException(actionId);
        }
        String label = action.getComplaint().label();
        if (action.getVersion() != version) {
            throw new StaleCaseException(label);
        }
        workflow.requireNotRecused(action.getComplaint(), caller());
        if (action.getEightD().isClosed()) {
            throw new EightDClosedException(label);
        }
        return action;
    }

    private Role qaRole() {
        return session.isCallerInRole(Roles.QA) ? Role.QA : Role.QA_MANAGER;
    }

    /**
     * An established complaint, or one QA is investigating: its containment (D3) starts before the findings are
     * signed. A complaint found not established has none.
     */
    private static boolean mayHaveEightD(Complaint complaint) {
        return complaint.getQa() == null ? complaint.isAt(Step.QA_INVESTIGATION) : complaint.getQa().isEstablished();
    }

    /** The 8D at the version the caller saw, open, with the caller not recused from its case. */
    private EightD load(Long eightDId, long version) {
        EightD eightD = em.find(EightD.class, eightDId);
        if (eightD == null) {
            throw new UnknownCaseException(eightDId);
        }
        String label = eightD.getComplaint().label();
        if (eightD.getVersion() != version) {
            throw new StaleCaseException(label);
        }
        workflow.requireNotRecused(eightD.getComplaint(), caller());
        if (eightD.isClosed()) {
            throw new EightDClosedException(label);
        }
        em.lock(eightD, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return eightD;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
