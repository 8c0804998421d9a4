package cn.kesu.support;

import java.util.concurrent.Callable;

/** Runs a piece of test code as a signed-in demo user, with that user's role and name. */
public interface Callers {

    <T> T call(Callable<T> action) throws Exception;

    default void run(ThrowingRunnable action) throws Exception {
        call(() -> {
            action.run();
            return null;
        });
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
