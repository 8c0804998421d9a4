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
        AccountStanding standing = new AccountStanding(true, false, null);

        assertFalse(standing.endsSession(SIGNED_IN, SIGNED_IN.plus(TEN_HOURS).minusSeconds(1), TEN_HOURS));
        assertTrue(standing.endsSession(SIGNED_IN, SIGNED_IN.plus(TEN_HOURS), TEN_HOURS));
    }

    @Test
    void sessionsSignedInBeforeTheAccountChangedEnd() {
        AccountStanding changed = new AccountStanding(true, false, SIGNED_IN.plusSeconds(60));

        assertTrue(changed.endsSession(SIGNED_IN, SIGNED_IN.plusSeconds(61), TEN_HOURS));
        assertTrue(changed.endsSession(SIGNED_IN.plusSeconds(60), SIGNED_IN.plusSeconds(61), TEN_HOURS), "the same instant");
        assertFalse(changed.endsSession(SIGNED_IN.plusSeconds(90), SIGNED_IN.plusSeconds(91), TEN_HOURS),
                "a sign-in after the change goes on");
    }

    @Test
    void aDisabledOrRemovedAccountEndsEverySession() {
        assertTrue(new AccountStanding(false, false, null).endsSession(SIGNED_IN, SIGNED_IN, TEN_HOURS));
        assertTrue(AccountStanding.GONE.endsSession(SIGNED_IN, SIGNED_IN, TEN_HOURS));
    }
}
