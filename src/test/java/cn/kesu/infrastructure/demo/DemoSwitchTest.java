package cn.kesu.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kesu.infrastructure.security.FirstAdministrator;
import cn.kesu.infrastructure.security.PasswordHashing;
import cn.kesu.infrastructure.time.ReplayedTime;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

/**
 * What the demo needs ships in every WAR, so each piece refuses without the demo switch: no code on a
 * production server can act as a demo user, move its clock into the past or hash with the demo's low count.
 */
class DemoSwitchTest {

    @Test
    void withoutTheDemoSwitchNothingActsAsADemoUser() {
        assertFalse(FirstAdministrator.demoMode(), "the unit tests run without the demo switch");
        for (DemoCaller caller : List.of(new AsAdmin(), new AsGm(), new AsQa(), new AsAccounting())) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> caller.call(() -> "acted"));
            assertEquals("客诉: " + caller.getClass().getSimpleName() + " acts for the demo only", refused.getMessage());
            assertThrows(IllegalStateException.class, () -> caller.run(() -> { }));
        }
    }

    @Test
    void withoutTheDemoSwitchNoDemoIsLoaded() {
        assertEquals(DemoData.Outcome.OFF, new DemoData().load());
    }

    @Test
    void withoutTheDemoSwitchTheClockIsNeverReplayed() {
        assertThrows(IllegalStateException.class, () -> ReplayedTime.at(Instant.EPOCH, () -> "replayed"));
        assertFalse(ReplayedTime.now().isPresent());
    }

    @Test
    void withoutTheDemoSwitchNoPasswordIsHashedWithTheDemoCount() {
        assertThrows(IllegalStateException.class,
                () -> new PasswordHashing().hashPublishedDemoPassword(DemoUser.PASSWORD.toCharArray()));
    }
}
