package cn.kesu.model.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.kesu.model.user.Role;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

/** Who does what next to an execution document (seed 001 第十三条, SPEC section 4), without a server. */
class NoteActionTest {

    @Test
    void anAllowanceNoteIsCountersignedByTheApproverSignedThroughBusinessAndPostedByAccounting() {
        assertEquals(List.of(NoteAction.COUNTERSIGN, NoteAction.CUSTOMER_SIGN, NoteAction.POST),
                Arrays.stream(AllowanceNoteStatus.values()).map(AllowanceNoteStatus::next).filter(a -> a != null).toList());
        assertNull(AllowanceNoteStatus.POSTED.next());
        assertEquals(Role.DEPUTY_GM, NoteAction.COUNTERSIGN.actor(Role.DEPUTY_GM), "the case's own approver");
        assertEquals(Role.BUSINESS, NoteAction.CUSTOMER_SIGN.actor(Role.GM));
        assertEquals(Role.ACCOUNTING, NoteAction.POST.actor(Role.GM));
    }

    @Test
    void aReturnIsReleasedByTheBusinessManagerReceivedByTheWarehouseAndAVarianceGoesThroughBusinessAndTheApprover() {
        assertEquals(NoteAction.RELEASE, ReturnNoteStatus.ISSUED.next());
        assertEquals(Role.BUSINESS_MANAGER, NoteAction.RELEASE.actor(Role.GM), "the business manager, whoever approved");
        assertEquals(NoteAction.RECEIVE, ReturnNoteStatus.RELEASED.next());
        assertEquals(NoteAction.RECONCILE, ReturnNoteStatus.RECEIVED.next());
        assertEquals(NoteAction.EXPLAIN, ReturnNoteStatus.VARIANCE.next());
        assertEquals(NoteAction.DECIDE, ReturnNoteStatus.EXPLAINED.next());
        assertEquals(NoteAction.POST_APPROVED, ReturnNoteStatus.VARIANCE_APPROVED.next());
        assertNull(ReturnNoteStatus.POSTED.next());
        assertEquals(Role.WAREHOUSE, NoteAction.RECEIVE.actor(Role.GM));
        assertEquals(Role.ACCOUNTING, NoteAction.RECONCILE.actor(Role.GM));
        assertEquals(Role.BUSINESS, NoteAction.EXPLAIN.actor(Role.GM));
        assertEquals(Role.BUSINESS_MANAGER, NoteAction.DECIDE.actor(Role.BUSINESS_MANAGER));
        assertEquals(Role.ACCOUNTING, NoteAction.POST_APPROVED.actor(Role.GM));
    }
}
