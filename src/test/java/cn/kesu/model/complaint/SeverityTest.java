package cn.kesu.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.model.catalog.Customer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

/** Severity only rises; a re-complaint is one level up; a follow-up of 4 or 5 reopens the matter. */
class SeverityTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void aCaseSeverityRisesButNeverFalls() {
        Complaint complaint = draft();
        assertTrue(complaint.raiseSeverity(Severity.MAJOR));
        assertFalse(complaint.raiseSeverity(Severity.GENERAL));
        assertFalse(complaint.raiseSeverity(Severity.MAJOR));
        assertEquals(Severity.MAJOR, complaint.getSeverity());
        assertEquals(Severity.CRISIS, Severity.MAJOR.raised());
        assertEquals(Severity.CRISIS, Severity.CRISIS.raised());
    }

    @Test
    void aRecomplaintCarriesTheSlipAndTheLinkOneLevelHigher() {
        Complaint original = draft();
        Complaint copy = Complaint.recomplaint(original, LinkReason.NOT_ACCEPTED, "客户不接受", "business", NOW);
        assertEquals(Severity.MAJOR, copy.getSeverity());
        assertEquals(original, copy.getOriginalCase());
        assertEquals("CUP-500", copy.getSlip().getPartNo());
        assertEquals(NOW, copy.getSlip().getReceivedAt());
        assertTrue(copy.getSlip().getDescription().endsWith("杯身喷漆起泡"));
        assertEquals(Step.DRAFT, copy.getCurrentStep());
    }

    @Test
    void onlyRatingsOfFourAndFiveOpenARecomplaint() {
        assertFalse(Satisfaction.ACCEPTABLE.opensRecomplaint());
        assertTrue(Satisfaction.DISSATISFIED.opensRecomplaint());
        assertTrue(Satisfaction.VERY_DISSATISFIED.opensRecomplaint());
        assertEquals(1, Satisfaction.VERY_SATISFIED.score());
        assertEquals(5, Satisfaction.VERY_DISSATISFIED.score());
    }

    private static Complaint draft() {
        return Complaint.draft(new Customer("C001", "华联百货", false), null, new SlipDetails("王经理", Channel.PHONE,
                Instant.parse("2026-11-20T02:00:00Z"), "PO-1", "CUP-500", null, 1000, 35, Set.of(CustomerRequest.RETURN),
                false, "杯身喷漆起泡", true, Category.QUALITY, null, null, null), "business", Instant.parse("2026-11-20T02:00:00Z"));
    }
}
