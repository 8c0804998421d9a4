package cn.kesu.infrastructure.demo;

import java.util.concurrent.Callable;

/**
 * Runs a piece of code as a signed-in demo user, with that user's role and name, so the demo's history
 * and the tests' cases go through the department beans' own checks. Callers start no transaction, so each
 * department action runs in its own, as it does from a screen.
 */
public interface Callers {

    <T> T call(Callable<T> action) throws Exception;

    void run(ThrowingRunnable action) throws Exception;

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
