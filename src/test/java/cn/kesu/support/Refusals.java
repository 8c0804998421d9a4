package cn.kesu.support;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.function.Executable;

/**
 * Asserts that an action is refused with a given exception, wherever the container wrapped it
 * (system exceptions such as {@code EJBAccessException} reach a calling bean wrapped).
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * Posts an action with a deliberately wrong last input (a wrong password, an empty reason) and tells
     * whether the server let the caller through every rule before it: true when the refusal is
     * {@code lastRule}, false for any other refusal. An action that goes through fails the test.
     */
    public static boolean passesUpTo(Class<? extends Throwable> lastRule, Executable action) {
        try {
            action.execute();
        } catch (Throwable refused) {
            for (Throwable t = refused; t != null; t = t.getCause()) {
                if (lastRule.isInstance(t)) {
                    return true;
                }
            }
            return false;
        }
        return fail("went through with a deliberately wrong input");
    }

    public static <T extends Throwable> T assertRefused(Class<T> expected, Executable action) {
        Throwable thrown = assertThrows(Throwable.class, action);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (expected.isInstance(t)) {
                return expected.cast(t);
            }
        }
        return fail("expected " + expected.getSimpleName() + " but got " + thrown);
    }
}
