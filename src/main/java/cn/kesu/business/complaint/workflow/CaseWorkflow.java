package cn.kesu.business.complaint.workflow;

import cn.kesu.business.complaint.signature.ElectronicSignature;
import cn.kesu.business.deadline.CustomerPromises;
import cn.kesu.business.deadline.DelayInvestigations;
import cn.kesu.business.deadline.PausedClocks;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Signer;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;

/**
 * The checks and moves every department bean shares: load the case at the version the caller saw,
 * check step and recusal, sign, and pass the case on to the next holder with its deadline. The
 * department beans decide which role may call what; this class never lets a case skip a rule.
 */
@ApplicationScoped
public class CaseWorkflow {

    /** The slip is archived as it stands at closing, once the closing commits (SlipArchiving observes this). */
    @Inject
    Event<CaseClosed> closed;

    @PersistenceContext
    EntityManager em;

    @Inject
    ElectronicSignature signatures;

    @Inject
    Deadlines deadlines;

    @Inject
    PausedClocks pausedClocks;

    @Inject
    DelayInvestigations investigations;

    @Inject
    CustomerPromises promises;

    @Inject
    ApprovalAuthority approvalAuthority;

    @Inject
    Clock clock;

    /**
     * The case at the version the caller acted on. The optimistic lock is forced so that two users
     * acting on the same version cannot both succeed, even when their changes touch different fields.
     */
    public Complaint load(Long caseId, long expectedVersion) {
        Complaint complaint = em.find(Complaint.class, caseId);
        if (complaint == null) {
            throw new UnknownCaseException(caseId);
        }
        if (complaint.getVersion() != expectedVersion) {
            throw new StaleCaseException(label(complaint));
        }
        em.lock(complaint, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return complaint;
    }

    /** The case must be at the step, with the worker's part not yet signed. */
    public void requireWork(Complaint complaint, Step step, String caller) {
        requireStep(complaint, step, caller);
        if (complaint.isAwaitingCountersign()) {
            throw new AwaitingCountersignException(label(complaint));
        }
    }

    /**
     * The case must be at the step with the worker's signature waiting for the manager, and the manager must
     * be somebody else: 职责分离, nobody countersigns their own work, even holding both roles.
     */
    public void requireCountersign(Complaint complaint, Step step, String caller) {
        requireStep(complaint, step, caller);
        if (!complaint.isAwaitingCountersign()) {
            throw new NothingToCountersignException(label(complaint));
        }
        if (complaint.workSigner().filter(caller::equals).isPresent()) {
            throw new OwnWorkException(label(complaint));
        }
    }

    public void requireStep(Complaint complaint, Step step, String caller) {
        if (!complaint.isAt(step)) {
            throw new WrongStepException(label(complaint), complaint.getCurrentStep());
        }
        requireNotRecused(complaint, caller);
    }

    /** 回避: the person complained about and the responsible persons may read the case but act on none of it. */
    public void requireNotRecused(Complaint complaint, String caller) {
        if (complaint.isRecused(caller)) {
            throw new RecusedException(label(complaint), caller);
        }
    }

    public ElectronicSignature signatures() {
        return signatures;
    }

    public Signer verifySignature(String caller, Role role, String password) {
        return signatures.verify(caller, role, password);
    }

    /** Signs the worker's part of a step that a manager countersigns; the case stays at the step. */
    public void signWork(Complaint complaint, Signer signer, SignatureMeaning meaning, String opinion) {
        signatures.sign(complaint, signer, meaning, opinion);
        complaint.workSigned(clock.instant());
    }

    /** Signs the step and passes the case to the next step's holder with a fresh step deadline. */
    public void complete(Complaint complaint, Signer signer, SignatureMeaning meaning, String opinion) {
        signatures.sign(complaint, signer, meaning, opinion);
        advance(complaint);
    }

    /** Passes the case on to the next step's holder, with that step's deadline from now. */
    public void advance(Complaint complaint) {
        Instant now = clock.instant();
        Step next = complaint.nextStep();
        Role holder = holderOf(next, complaint);
        // Recording the step's work is the customer's input the pause waited for: the pause ends here.
        pausedClocks.endIfPaused(complaint, null);
        complaint.advance(holder == null ? null : holder.homeDepartment(), holder, now, deadlines.stepDue(next, now));
        if (next == Step.SUBMITTED) {
            promises.registered(complaint);
        } else if (next == Step.EXECUTION) {
            promises.approved(complaint);
        } else if (next.isEnd()) {
            end(complaint);
        }
    }

    /** Every closing: late stays get their 查办单, promises not yet due lapse, the slip is archived once committed. */
    private void end(Complaint complaint) {
        investigations.openFor(complaint);
        promises.closed(complaint);
        closed.fire(new CaseClosed(complaint));
    }

    /**
     * 客户不接受，转新单: the case at execution closes in its own end state; its reminders stop with it, a stay
     * that was late gets its 查办单 as at any closing, and the slip is archived.
     */
    public void closeNotAccepted(Complaint complaint) {
        pausedClocks.endIfPaused(complaint, null);
        complaint.closeNotAccepted(clock.instant());
        end(complaint);
    }

    /** 退回 one step with a reason; the case deadline keeps running. */
    public void sendBack(Complaint complaint, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequiredException(label(complaint));
        }
        Step previous = complaint.previousStep();
        pausedClocks.endIfPaused(complaint, null);
        Instant now = clock.instant();
        Role holder = holderOf(previous, complaint);
        complaint.sendBack(reason.strip(), holder.homeDepartment(), holder, now, deadlines.stepDue(previous, now));
    }

    /**
     * 改呈: a case waiting for approval whose severity rose goes to the approver the authority names
     * now (the gm for a major case), if that is someone else.
     */
    public void rerouteApprovalIfNeeded(Complaint complaint) {
        if (!complaint.isAt(Step.APPROVAL)) {
            return;
        }
        Role approver = approvalAuthority.approverFor(complaint.getConsolidation().approvalAmount().amount(),
                complaint.getSeverity());
        if (approver != complaint.getApproverRole()) {
            pausedClocks.endIfPaused(complaint, null);
            Instant now = clock.instant();
            complaint.rerouteApproval(approver, now, deadlines.stepDue(Step.APPROVAL, now));
        }
    }

    private static Role holderOf(Step step, Complaint complaint) {
        if (step == Step.APPROVAL) {
            return complaint.getApproverRole();
        }
        return step.worker();
    }

    /** How refusals name a case: its number once it has one, else its draft id. */
    public static String label(Complaint complaint) {
        return complaint.label();
    }
}
