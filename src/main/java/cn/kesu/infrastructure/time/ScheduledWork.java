package cn.kesu.infrastructure.time;

import java.util.logging.Logger;

/**
 * Whether the persistent timers do their work when they fire. Always, except on the test server: its
 * Arquillian configuration sets {@value #TEST_IDLE_PROPERTY}, because tests move the clock to chosen days
 * and a quarter-hour scan firing in the middle would issue reminders against that moved time on the
 * tests' cases. Tests call the scan, the mail and the statistics run directly when they test them.
 */
public final class ScheduledWork {

    public static final String TEST_IDLE_PROPERTY = "kesu.test.timersIdle";

    private static final Logger LOG = Logger.getLogger(ScheduledWork.class.getName());

    private ScheduledWork() {
    }

    /** True unless the test server asked its timers to stay idle. */
    public static boolean enabled() {
        if (Boolean.getBoolean(TEST_IDLE_PROPERTY)) {
            LOG.fine(() -> "timer fired and left idle (" + TEST_IDLE_PROPERTY + ")");
            return false;
        }
        return true;
    }
}
