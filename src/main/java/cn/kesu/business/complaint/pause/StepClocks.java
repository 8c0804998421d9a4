package cn.kesu.business.complaint.pause;

import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.business.complaint.workflow.ReasonRequiredException;
import cn.kesu.business.complaint.workflow.WrongStepException;
import cn.kesu.business.deadline.PausedClocks;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.deadline.ClockPause;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;

/**
 * 暂停计时 (SPEC section 3, "Waiting for the customer"): the holder of a step pauses its clock with a
 * reason and resumes it; the case deadline pauses with it only once the GM office approves.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM})
public class StepClocks {

    @Inject
    CaseWorkflow workflow;

    @Inject
    PausedClocks clocks;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Pauses the current step; {@code askCaseClock} asks the GM office to pause the case deadline too. */
    public void pause(@NotNull Long caseId, long version, @Size(max = 1000) String reason, boolean askCaseClock) {
        Complaint complaint = workflow.load(caseId, version);
        requireHolder(complaint);
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequiredException(CaseWorkflow.label(complaint));
        }
        if (complaint.isStepPaused()) {
            throw new AlreadyPausedException(CaseWorkflow.label(complaint));
        }
        clocks.pause(complaint, reason.strip(), askCaseClock, caller());
    }

    public void resume(@NotNull Long caseId, long version) {
        Complaint complaint = workflow.load(caseId, version);
        requireHolder(complaint);
        if (!complaint.isStepPaused()) {
            throw new NotPausedException(CaseWorkflow.label(complaint));
        }
        clocks.endIfPaused(complaint, caller());
    }

    /** The GM office approves or refuses pausing the case deadline (结案期限) as the holder asked. */
    @RolesAllowed(Roles.GM_OFFICE)
    public void decideCaseClock(@NotNull Long caseId, long version, boolean approve) {
        Complaint complaint = workflow.load(caseId, version);
        ClockPause pause = complaint.isStepPaused() ? clocks.openPause(complaint.currentRecord()) : null;
        if (!clocks.caseClockRequested(pause)) {
            throw new NoCaseClockRequestException(CaseWorkflow.label(complaint));
        }
        pause.decideCaseClock(approve, clock.instant(), caller());
        if (approve) {
            complaint.pauseCaseClock(clock.instant());
        }
    }

    /** The worker of the current step or its countersigning manager, not recused from the case. */
    private void requireHolder(Complaint complaint) {
        Step step = complaint.getCurrentStep();
        if (step == Step.DRAFT || step.isEnd()) {
            throw new WrongStepException(CaseWorkflow.label(complaint), step);
        }
        if (!complaint.isHeldBy(role -> session.isCallerInRole(role.roleName()))) {
            throw new NotClockHolderException(CaseWorkflow.label(complaint));
        }
        workflow.requireStep(complaint, step, caller());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
