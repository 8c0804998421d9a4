package cn.kesu.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.model.catalog.Customer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The procedure's state machine without a server (SPEC section 3): which step follows which on each of
 * the three paths, and where a send-back (退回) returns to from every step.
 */
class ComplaintStepsTest {

    private static final Instant T = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void anEstablishedCaseGoesThroughProductionToApprovalAndClosing() {
        assertEquals(List.of(Step.DRAFT, Step.SUBMITTED, Step.QA_INVESTIGATION, Step.PRODUCTION_ANALYSIS, Step.GM_CHECK,
                Step.BUSINESS_HANDLING, Step.GM_CONSOLIDATION, Step.APPROVAL, Step.EXECUTION, Step.CLOSED),
                walk(true, false));
    }

    @Test
    void aSpecialCaseAsksResearchAndDevelopmentAfterProduction() {
        assertEquals(List.of(Step.DRAFT, Step.SUBMITTED, Step.QA_INVESTIGATION, Step.PRODUCTION_ANALYSIS,
                Step.RND_OPINION, Step.GM_CHECK, Step.BUSINESS_HANDLING, Step.GM_CONSOLIDATION, Step.APPROVAL,
                Step.EXECUTION, Step.CLOSED), walk(true, true));
    }

    @Test
    void aCaseQaFindsNotEstablishedSkipsProductionAndClosesAsInvalidWithoutApproval() {
        assertEquals(List.of(Step.DRAFT, Step.SUBMITTED, Step.QA_INVESTIGATION, Step.GM_CHECK, Step.BUSINESS_HANDLING,
                Step.GM_CONSOLIDATION, Step.INVALID), walk(false, false));
    }

    @Test
    void aSendBackReturnsToTheStepTheCaseCameFromOnItsOwnPath() {
        assertEquals(Step.PRODUCTION_ANALYSIS, previousAt(Step.GM_CHECK, true, false));
        assertEquals(Step.RND_OPINION, previousAt(Step.GM_CHECK, true, true));
        assertEquals(Step.QA_INVESTIGATION, previousAt(Step.GM_CHECK, false, false));
        assertEquals(Step.DRAFT, previousAt(Step.SUBMITTED, true, false));
        assertEquals(Step.SUBMITTED, previousAt(Step.QA_INVESTIGATION, true, false));
        assertEquals(Step.QA_INVESTIGATION, previousAt(Step.PRODUCTION_ANALYSIS, true, false));
        assertEquals(Step.PRODUCTION_ANALYSIS, previousAt(Step.RND_OPINION, true, true));
        assertEquals(Step.GM_CHECK, previousAt(Step.BUSINESS_HANDLING, true, false));
        assertEquals(Step.BUSINESS_HANDLING, previousAt(Step.GM_CONSOLIDATION, true, false));
        assertEquals(Step.GM_CONSOLIDATION, previousAt(Step.APPROVAL, true, false));
        assertEquals(Step.APPROVAL, previousAt(Step.EXECUTION, true, false));
    }

    @Test
    void aSentBackCaseEntersThePreviousStepAgainWithTheReasonOnTheOldRecord() {
        Complaint c = draft();
        c.advance(Step.SUBMITTED.department(), Step.SUBMITTED.worker(), T, T.plusSeconds(86_400));
        c.accept("2611001", T.plusSeconds(10 * 86_400), T);
        c.advance(Step.QA_INVESTIGATION.department(), Step.QA_INVESTIGATION.worker(), T, T.plusSeconds(86_400));

        c.sendBack("样品不足", Step.SUBMITTED.department(), Step.SUBMITTED.worker(), T.plusSeconds(60), T.plusSeconds(86_400));

        assertEquals(Step.SUBMITTED, c.getCurrentStep());
        assertEquals("2611001", c.getNumber(), "the number stays");
        StepRecord left = c.getSteps().get(c.getSteps().size() - 2);
        assertEquals(Step.QA_INVESTIGATION, left.getStep());
        assertEquals(Outcome.SENT_BACK, left.getOutcome());
        assertEquals("样品不足", left.getSendBackReason());
    }

    @Test
    void nothingIsSentBackFromADraftOrAnEndAndNothingFollowsAnEnd() {
        Complaint c = draft();
        assertFalse(c.canBeSentBack());
        assertThrows(IllegalStateException.class, c::previousStep);

        Complaint closed = at(Step.CLOSED, true, false);
        assertFalse(closed.canBeSentBack());
        assertThrows(IllegalStateException.class, closed::nextStep);
        assertThrows(IllegalStateException.class, closed::previousStep);
        assertNull(closed.getHolderDepartment(), "nobody holds a closed case");
        assertNull(closed.getStepDueAt());
        assertTrue(at(Step.GM_CHECK, true, false).canBeSentBack());
    }

    @Test
    void acceptingAgainAfterASendBackKeepsTheFirstNumberAndDeadline() {
        Complaint c = draft();
        c.advance(Step.SUBMITTED.department(), Step.SUBMITTED.worker(), T, T);
        Instant due = T.plusSeconds(15 * 86_400);
        c.accept("2611001", due, T);
        c.accept("2611999", T.plusSeconds(99 * 86_400), T.plusSeconds(60));

        assertEquals("2611001", c.getNumber());
        assertEquals(due, c.getCaseDueAt());
    }

    private static List<Step> walk(boolean established, boolean special) {
        Complaint c = draft();
        List<Step> path = new ArrayList<>(List.of(c.getCurrentStep()));
        while (!c.getCurrentStep().isEnd()) {
            step(c, established, special);
            path.add(c.getCurrentStep());
        }
        return path;
    }

    private static Complaint at(Step target, boolean established, boolean special) {
        Complaint c = draft();
        while (c.getCurrentStep() != target) {
            step(c, established, special);
        }
        return c;
    }

    private static Step previousAt(Step target, boolean established, boolean special) {
        return at(target, established, special).previousStep();
    }

    /** Does what the holder of the current step records, then finishes the step. */
    private static void step(Complaint c, boolean established, boolean special) {
        if (c.getCurrentStep() == Step.SUBMITTED) {
            c.accept("2611001", T.plusSeconds(15 * 86_400), T);
        }
        if (c.getCurrentStep() == Step.QA_INVESTIGATION) {
            c.recordQaInvestigation(new QaInvestigation("涂层附着力不足", established, special),
                    null, null, Map.of(), List.of(), Severity.GENERAL);
        }
        Step next = c.nextStep();
        c.advance(next.department(), next.worker(), T, next.hasDeadline() ? T.plusSeconds(86_400) : null);
    }

    private static Complaint draft() {
        return Complaint.draft(new Customer("C001", "华联百货", false), null,
                new SlipDetails("王经理", Channel.PHONE, T, "PO-1", "CUP-500", LocalDate.of(2026, 11, 1), 1000, 35,
                        Set.of(CustomerRequest.RETURN), false, "杯身喷漆起泡", true, Category.QUALITY, null, null, null),
                "business", T);
    }
}
