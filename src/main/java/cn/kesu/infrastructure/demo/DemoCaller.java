package cn.kesu.infrastructure.demo;

import cn.kesu.infrastructure.security.FirstAdministrator;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/**
 * What every demo user's caller does: runs the action under the identity its subclass declares, and only
 * on a demo server. The subclasses ship in every WAR; without the demo switch they refuse, so on a
 * production server no code can act in a demo user's name. The annotations sit here because class-level
 * EJB metadata applies to the methods the annotated class declares.
 */
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class DemoCaller implements Callers {

    @Override
    public <T> T call(Callable<T> action) throws Exception {
        requireDemo();
        return action.call();
    }

    @Override
    public void run(ThrowingRunnable action) throws Exception {
        requireDemo();
        action.run();
    }

    private void requireDemo() {
        FirstAdministrator.requireDemoMode("客诉: " + getClass().getSimpleName() + " acts for the demo only");
    }
}
