package cn.kesu.business.execution;

import cn.kesu.infrastructure.demo.Callers;
import static cn.kesu.support.Refusals.passesUpTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.signature.SignatureRefusedException;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.execution.AllowanceNote;
import cn.kesu.model.execution.NoteAction;
import cn.kesu.model.execution.ReturnNote;
import cn.kesu.model.execution.VoidableNote;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case page offers beside each execution document exactly the action the server allows the caller:
 * a 销货折让证明单 and a 成品退货单 with a variance walk through every state, and at each state every demo
 * user's offered action ({@link ExecutionQueries#nextActions}) is compared with what the desk does when
 * that action is posted with a wrong password.
 */
class DocumentActionsIT extends InContainerTest {

    private static final String WRONG = "not-the-password";

    @Inject
    CaseFixture fixture;

    @EJB
    ExecutionQueries queries;

    @Test
    void everyDocumentStateOffersItsNextActionToItsActorOnly() throws Exception {
        fixture.withCatalogs();
        Long id = fixture.atExecution(fixture.domestic, fixture.consolidation(new BigDecimal("3500")));
        Long allowance = fixture.business.call(() -> fixture.businessDesk.issueAllowanceNote(id, fixture.version(id),
                Disposition.ALLOWANCE, new BigDecimal("3500"), "折让", CaseFixture.PASSWORD));
        Long goods = fixture.business.call(() -> fixture.businessDesk.issueReturnNote(id, fixture.version(id),
                Disposition.RETURN, 35, "退回", "报废", CaseFixture.PASSWORD));
        List<String> drift = new ArrayList<>();
        int[] allowed = {0};

        compare(id, allowance, goods, drift, allowed);
        fixture.businessManager.run(() -> fixture.approvalDesk.countersignAllowanceNote(id, fixture.version(id), allowance,
                CaseFixture.PASSWORD));
        fixture.release(id, goods);
        compare(id, allowance, goods, drift, allowed);
        fixture.business.run(() -> fixture.businessDesk.recordCustomerSignature(id, fixture.version(id), allowance,
                "客户采购 李经理", LocalDate.now(fixture.clock), CaseFixture.PASSWORD));
        fixture.warehouse.run(() -> fixture.warehouseDesk.receiveReturn(id, fixture.version(id), goods, 40,
                CaseFixture.PASSWORD));
        compare(id, allowance, goods, drift, allowed);
        fixture.accounting.run(() -> fixture.accountingDesk.postAllowance(id, fixture.version(id), allowance, "记-1",
                CaseFixture.PASSWORD));
        fixture.accounting.run(() -> fixture.accountingDesk.reconcileReturn(id, fixture.version(id), goods, null,
                CaseFixture.PASSWORD));
        compare(id, allowance, goods, drift, allowed);
        fixture.business.run(() -> fixture.businessDesk.explainVariance(id, fixture.version(id), goods, "客户多退 5 只良品",
                CaseFixture.PASSWORD));
        compare(id, allowance, goods, drift, allowed);
        fixture.businessManager.run(() -> fixture.approvalDesk.decideVariance(id, fixture.version(id), goods, true, null,
                CaseFixture.PASSWORD));
        compare(id, allowance, goods, drift, allowed);

        assertTrue(drift.isEmpty(), String.join("\n", drift));
        assertEquals(9, allowed[0], "one actor for each of the nine document states walked through");
        assertEquals(NoteAction.POST_APPROVED, fixture.accounting.call(() -> queries.nextActions(id)).returnNotes().get(goods));
    }

    private void compare(Long id, Long allowance, Long goods, List<String> drift, int[] allowed) throws Exception {
        AllowanceNote a = fixture.business.call(() -> queries.allowanceNotes(id)).get(0);
        ReturnNote r = fixture.business.call(() -> queries.returnNotes(id)).get(0);
        for (Map.Entry<String, Callers> user : fixture.everyDemoUser().entrySet()) {
            DocumentActions offered = offered(user.getValue(), id);
            boolean onAllowance = probe(user.getValue(), id, VoidableNote.Kind.ALLOWANCE, allowance, a.getStatus().next());
            boolean onReturn = probe(user.getValue(), id, VoidableNote.Kind.RETURN, goods, r.getStatus().next());
            check(drift, user.getKey(), "allowance " + a.getStatus(), offered.allowanceNotes().get(allowance),
                    a.getStatus().next(), onAllowance);
            check(drift, user.getKey(), "return " + r.getStatus(), offered.returnNotes().get(goods),
                    r.getStatus().next(), onReturn);
            allowed[0] += (onAllowance ? 1 : 0) + (onReturn ? 1 : 0);
        }
    }

    private static void check(List<String> drift, String user, String note, NoteAction offered, NoteAction next,
                              boolean serverAllows) {
        if ((offered != null) != serverAllows || offered != null && offered != next) {
            drift.add(note + " / " + user + ": page offers " + offered + ", server " + (serverAllows ? "allows " : "refuses ")
                    + next);
        }
    }

    private DocumentActions offered(Callers user, Long id) throws Exception {
        try {
            return user.call(() -> queries.nextActions(id));
        } catch (EJBException notACaseReader) {
            return new DocumentActions(Map.of(), Map.of(), Set.of(), Set.of());
        }
    }

    /** True when the desk let the caller through every rule up to the wrong password. */
    private boolean probe(Callers user, Long id, VoidableNote.Kind kind, Long note, NoteAction action) {
        if (action == null) {
            return false;
        }
        long v = fixture.version(id);
        Callers.ThrowingRunnable post = switch (action) {
            case COUNTERSIGN -> () -> fixture.approvalDesk.countersignAllowanceNote(id, v, note, WRONG);
            case CUSTOMER_SIGN -> () -> fixture.businessDesk.recordCustomerSignature(id, v, note, "客户", LocalDate.now(fixture.clock), WRONG);
            case POST -> () -> fixture.accountingDesk.postAllowance(id, v, note, "记-x", WRONG);
            case RELEASE -> () -> fixture.businessDesk.releaseReturnNote(id, v, note, WRONG);
            case RECEIVE -> () -> fixture.warehouseDesk.receiveReturn(id, v, note, 35, WRONG);
            case RECONCILE -> () -> fixture.accountingDesk.reconcileReturn(id, v, note, "记-x", WRONG);
            case EXPLAIN -> () -> fixture.businessDesk.explainVariance(id, v, note, "说明", WRONG);
            case DECIDE -> () -> fixture.approvalDesk.decideVariance(id, v, note, true, null, WRONG);
            case POST_APPROVED -> () -> fixture.accountingDesk.postReturn(id, v, note, "记-x", WRONG);
            case COUNTERSIGN_VOID -> () -> fixture.approvalDesk.decideVoid(id, v, kind, note, true, null, WRONG);
        };
        return passesUpTo(SignatureRefusedException.class, () -> user.run(post));
    }
}
