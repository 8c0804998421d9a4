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
