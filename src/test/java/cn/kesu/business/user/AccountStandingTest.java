package cn.kesu.business.user;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

class AccountStandingTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-02T01:00:00Z");
    private static final Duration TEN_HOURS = Duration.ofHours(10);

    @Test
    void aSessionGoesOnUntilTheLongestSessionTimeHoweverActive() {
        AccountStanding standing = new AccountStanding(true, false, null, TEN_HOURS);

        assertFalse(standing.endsSession(SIGNED_IN, SIGNED_IN.plus(TEN_HOURS).minusSeconds(1)));
        assertTrue(standing.endsSession(SIGNED_IN, SIGNED_IN.plus(TEN_HOURS)));
    }

    @Test
    void sessionsSignedInBeforeTheAccountChangedEnd() {
        AccountStanding changed = new AccountStanding(true, false, SIGNED_IN.plusSeconds(60), TEN_HOURS);

        assertTrue(changed.endsSession(SIGNED_IN, SIGNED_IN.plusSeconds(61)));
        assertTrue(changed.endsSession(SIGNED_IN.plusSeconds(60), SIGNED_IN.plusSeconds(61)), "the same instant");
        assertFalse(changed.endsSession(SIGNED_IN.plusSeconds(90), SIGNED_IN.plusSeconds(91)),
                "a sign-in after the change goes on");
    }

    @Test
    void aDisabledOrRemovedAccountEndsEverySession() {
        assertTrue(new AccountStanding(false, false, null, TEN_HOURS).endsSession(SIGNED_IN, SIGNED_IN));
        assertTrue(AccountStanding.GONE.endsSession(SIGNED_IN, SIGNED_IN));
    }
}
