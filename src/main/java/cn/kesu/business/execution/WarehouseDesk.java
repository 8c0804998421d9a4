package cn.kesu.business.execution;

import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.execution.NoteAction;
import cn.kesu.model.execution.ReturnNote;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.Clock;

/** 成品仓储: receives the returned goods of a 成品退货单 (第二联) and records the quantity that actually arrived. */
@Stateless
@RolesAllowed(Roles.WAREHOUSE)
public class WarehouseDesk {

    @Inject
    CaseWorkflow workflow;

    @Inject
    Execution execution;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** 实收: signed; the note goes to accounting for reconciliation. */
    public void receiveReturn(@NotNull Long caseId, long version, @NotNull Long noteId,
                              @PositiveOrZero int receivedQuantity, String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireStep(complaint, Step.EXECUTION, caller());
        ReturnNote note = execution.returnNote(complaint, noteId);
        execution.requireNext(note, NoteAction.RECEIVE);
        var signer = workflow.verifySignature(caller(), Role.WAREHOUSE, password);
        note.receive(receivedQuantity, caller(), clock.instant());
        workflow.signatures().sign(complaint, signer, SignatureMeaning.RETURN_RECEIVED, execution.describe(note));
        execution.settleHolder(complaint);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
