package cn.kesu.view.complaints;

import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.complaint.improvement.ActionInput;
import cn.kesu.business.complaint.improvement.CompletionInput;
import cn.kesu.business.complaint.improvement.EightDOptions;
import cn.kesu.business.complaint.improvement.ImprovementDesk;
import cn.kesu.business.complaint.improvement.LotInput;
import cn.kesu.business.complaint.improvement.RootCauseInput;
import cn.kesu.model.improvement.ActionKind;
import cn.kesu.model.improvement.EightD;
import cn.kesu.model.improvement.ImprovementAction;
import cn.kesu.model.improvement.LotLocation;
import cn.kesu.model.improvement.VerificationLot;
import cn.kesu.model.user.Department;
import cn.kesu.view.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Backing bean of the case page's 8D panel ({@code WEB-INF/case/eightd.xhtml}): the 8D, its actions and lots, and the
 * forms the server says the caller may use (issue 14).
 */
@Named
@ViewScoped
public class CaseEightDView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject CaseView caseView;
    @Inject ImprovementDesk desk;
    @Inject Feedback feedback;

    private EightD eightD;
    private boolean read;
    private List<ImprovementAction> actions;
    private List<VerificationLot> lots;
    private EightDOptions options;

    private String team;
    private String occurrence;
    private String escape;
    private String whyChain;
    private Long causeCodeId;
    private ActionKind kind = ActionKind.CORRECTIVE;
    private String description;
    private String shippedLotNo;
    private Integer shippedQuantity;
    private LotLocation shippedLocation;
    private Department owner = Department.PRODUCTION;
    private LocalDate dueOn;
    private String lotNo;
    private LocalDate madeOn;
    private Integer quantity;
    private Integer inspected;
    private Integer defects;
    private String note;
    /** What is typed on each action's row, by the action's id (one form holds every row). */
    private final HashMap<Long, ActionRowInput> rows = new HashMap<>();
    private String opinion;
    private String password;

    public EightD getEightD() {
        if (!read) {
            eightD = desk.of(caseView.getId()).orElse(null);
            read = true;
        }
        return eightD;
    }

    public boolean isShown() {
        return getEightD() != null || getOptions().open();
    }

    public EightDOptions getOptions() {
        if (options == null) {
            options = desk.options(caseView.getId());
        }
        return options;
    }

    public List<ImprovementAction> getActions() {
        if (actions == null) {
            actions = getEightD() == null ? List.of() : desk.actions(getEightD().getId());
        }
        return actions;
    }

    public List<VerificationLot> getLots() {
        if (lots == null) {
            lots = getEightD() == null ? List.of() : desk.lots(getEightD().getId());
        }
        return lots;
    }

    public int getCleanLotsToClose() {
        return desk.cleanLotsToClose();
    }

    /** 进行中, 效果确认中 (the cause found and every action done, the lots being counted) or 已结案. */
    public String getStateKey() {
        EightD d = getEightD();
        if (d.isClosed()) {
            return "eightD.state.CLOSED";
        }
        boolean acting = getActions().isEmpty() || getActions().stream().anyMatch(a -> !a.isDone());
        return d.hasRootCause() && !acting ? "eightD.state.VERIFYING" : "eightD.state.OPEN";
    }

    public boolean canComplete(ImprovementAction action) {
        return getOptions().completable().contains(action.getId());
    }

    /** The inputs of the action's row, kept apart from every other row's. */
    public ActionRowInput row(ImprovementAction action) {
        return rows.computeIfAbsent(action.getId(), id -> new ActionRowInput());
    }

    public boolean canRelease(ImprovementAction action) {
        return getOptions().releasable().contains(action.getId());
    }

    public void open() {
        act("eightD.opened", () -> desk.open(caseView.getId(), caseView.getComplaint().getVersion()));
    }

    public void findRootCause() {
        act("eightD.rootCauseFound", () -> {
            desk.findRootCause(getEightD().getId(), getEightD().getVersion(),
                    new RootCauseInput(team, occurrence, escape, whyChain, causeCodeId), password);
            return null;
        });
    }

    public void addAction() {
        // The lot is the shipped lot's own record; a half-filled one on another kind is not sent.
        ActionInput.Lot lot = kind == ActionKind.SHIPPED_LOT
                && (shippedLotNo != null || shippedQuantity != null || shippedLocation != null)
                ? new ActionInput.Lot(shippedLotNo, shippedQuantity, shippedLocation) : null;
        act("eightD.actionAdded", () -> desk.addAction(getEightD().getId(), getEightD().getVersion(),
                new ActionInput(kind, description, owner, dueOn, lot), password));
    }

    public void complete(ImprovementAction action) {
        act("eightD.completed", () -> {
            ActionRowInput in = row(action);
            desk.completeAction(action.getId(), action.getVersion(), new CompletionInput(in.getEvidence(),
                    in.getSorted(), in.getRejected(), in.getReleased(), in.getRecall()));
            return null;
        });
    }

    public void release(ImprovementAction action) {
        act("eightD.holdReleased", () -> {
            desk.releaseHold(action.getId(), action.getVersion(), row(action).getReleaseReason(),
                    row(action).getPassword());
            return null;
        });
    }

    public void recordLot() {
        act("eightD.lotRecorded", () -> {
            desk.recordLot(getEightD().getId(), getEightD().getVersion(),
                    new LotInput(lotNo, madeOn, quantity, inspected, defects, note));
            return null;
        });
    }

    public void close() {
        act("eightD.closed", () -> {
            desk.close(getEightD().getId(), getEightD().getVersion(), opinion, password);
            return null;
        });
    }

    private void act(String doneKey, Callable<?> action) {
        try {
            action.call();
            feedback.info(doneKey);
            clearInput();
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            feedback.refused(refusal);
        } catch (Exception unexpected) {
            throw new IllegalStateException(unexpected);
        } finally {
            password = null;
            rows.values().forEach(row -> row.setPassword(null));
            read = false;
            actions = null;
            lots = null;
            options = null;
            caseView.load();
        }
    }

    private void clearInput() {
        description = null;
        shippedLotNo = null;
        shippedQuantity = null;
        shippedLocation = null;
        dueOn = null;
        rows.clear();
        lotNo = null;
        madeOn = null;
        quantity = null;
        inspected = null;
        defects = null;
        note = null;
        opinion = null;
    }

    public ActionKind[] getKinds() { return ActionKind.values(); }
    public LotLocation[] getLocations() { return LotLocation.values(); }
    public Department[] getDepartments() {
        return new Department[]{Department.QA, Department.PRODUCTION, Department.BUSINESS, Department.RND,
                Department.GM_OFFICE, Department.WAREHOUSE};
    }

    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public String getOccurrence() { return occurrence; }
    public void setOccurrence(String occurrence) { this.occurrence = occurrence; }
    public String getEscape() { return escape; }
    public void setEscape(String escape) { this.escape = escape; }
    public String getWhyChain() { return whyChain; }
    public void setWhyChain(String whyChain) { this.whyChain = whyChain; }
    public Long getCauseCodeId() { return causeCodeId; }
    public void setCauseCodeId(Long causeCodeId) { this.causeCodeId = causeCodeId; }
    public ActionKind getKind() { return kind; }
    public void setKind(ActionKind kind) { this.kind = kind; }
    public String getShippedLotNo() { return shippedLotNo; }
    public void setShippedLotNo(String shippedLotNo) { this.shippedLotNo = shippedLotNo; }
    public Integer getShippedQuantity() { return shippedQuantity; }
    public void setShippedQuantity(Integer shippedQuantity) { this.shippedQuantity = shippedQuantity; }
    public LotLocation getShippedLocation() { return shippedLocation; }
    public void setShippedLocation(LotLocation shippedLocation) { this.shippedLocation = shippedLocation; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Department getOwner() { return owner; }
    public void setOwner(Department owner) { this.owner = owner; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public String getLotNo() { return lotNo; }
    public void setLotNo(String lotNo) { this.lotNo = lotNo; }
    public LocalDate getMadeOn() { return madeOn; }
    public void setMadeOn(LocalDate madeOn) { this.madeOn = madeOn; }
    public Integer getQuantity() { return quantity; }
    public void setQuantity(Integer quantity) { this.quantity = quantity; }
    public Integer getInspected() { return inspected; }
    public void setInspected(Integer inspected) { this.inspected = inspected; }
    public Integer getDefects() { return defects; }
    public void setDefects(Integer defects) { this.defects = defects; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
