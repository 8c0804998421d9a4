package cn.kesu.view.complaints;

import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.complaint.pause.StepClocks;
import cn.kesu.business.deadline.Inbox;
import cn.kesu.business.deadline.Letters;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.deadline.CaseClock;
import cn.kesu.model.deadline.ClockPause;
import cn.kesu.model.deadline.Investigation;
import cn.kesu.model.deadline.Reminder;
import cn.kesu.model.user.Roles;
import cn.kesu.view.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/**
 * The case page's deadline panel: pausing and resuming the step's clock while it waits on the
 * customer, the GM office's decision on pausing the case deadline, and the case's pauses, reminders
 * (催办单) and delay investigations (查办单).
 */
@Named
@ViewScoped
public class CaseClockView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseView caseView;

    @Inject
    StepClocks clocks;

    @Inject
    Inbox inbox;

    @Inject
    Feedback feedback;

    @Inject
    Clock clock;

    private String reason;
    private boolean askCaseClock;
    private List<ClockPause> pauses;
    private List<Reminder> reminders;
    private List<Investigation> investigations;

    public boolean isCanPause() {
        Complaint c = caseView.getComplaint();
        return holds(c) && !c.isStepPaused();
    }

    public boolean isCanResume() {
        Complaint c = caseView.getComplaint();
        return holds(c) && c.isStepPaused();
    }

    /** The GM office sees approve/refuse while a pause asks to stop the case deadline. */
    public boolean isCanDecide() {
        return external().isUserInRole(Roles.GM_OFFICE)
                && getPauses().stream().anyMatch(p -> p.isOpen() && p.getCaseClock() == CaseClock.REQUESTED);
    }

    public List<ClockPause> getPauses() {
        if (pauses == null) {
            pauses = inbox.pausesOfCase(caseView.getId());
        }
        return pauses;
    }

    public List<Reminder> getReminders() {
        if (reminders == null) {
            reminders = inbox.remindersOfCase(caseView.getId());
        }
        return reminders;
    }

    public List<Investigation> getInvestigations() {
        if (investigations == null) {
            investigations = inbox.investigationsOfCase(caseView.getId());
        }
        return investigations;
    }

    public String length(ClockPause pause) {
        return Letters.span(pause.length(clock.instant()));
    }

    public String reminderNumber(Reminder reminder) {
        return reminder.getNumber(clock.getZone());
    }

    public String investigationNumber(Investigation investigation) {
        return investigation.getNumber(clock.getZone());
    }

    public void pause() {
        act("clock.paused", () -> clocks.pause(caseView.getId(), version(), reason, askCaseClock));
    }

    public void resume() {
        act("clock.resumed", () -> clocks.resume(caseView.getId(), version()));
    }

    public void approveCaseClock() {
        act("clock.caseClockApproved", () -> clocks.decideCaseClock(caseView.getId(), version(), true));
    }

    public void refuseCaseClock() {
        act("clock.caseClockRefused", () -> clocks.decideCaseClock(caseView.getId(), version(), false));
    }

    private boolean holds(Complaint c) {
        return c.getCurrentStep() != Step.DRAFT && c.isHeldBy(role -> external().isUserInRole(role.roleName()));
    }

    /**
     * This request's, looked up rather than injected: the container's proxy of the request's external context
     * cannot be deserialized on the node that takes a replicated session over.
     */
    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private long version() {
        return caseView.getComplaint().getVersion();
    }

    private void act(String doneKey, Runnable action) {
        try {
            action.run();
            feedback.info(doneKey);
            reason = null;
            askCaseClock = false;
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            feedback.refused(refusal);
        }
        pauses = null;
        caseView.load();
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isAskCaseClock() { return askCaseClock; }
    public void setAskCaseClock(boolean askCaseClock) { this.askCaseClock = askCaseClock; }
}
