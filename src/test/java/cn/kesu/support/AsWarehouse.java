package cn.kesu.support;

import cn.kesu.model.user.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/** Acts as the demo user {@code warehouse} (成品仓储). */
@Stateless
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs(Roles.WAREHOUSE)
@RunAsPrincipal("warehouse")
public class AsWarehouse implements Callers {

    @Override
    public <T> T call(Callable<T> action) throws Exception {
        return action.call();
    }

    @Override
    public void run(ThrowingRunnable action) throws Exception {
        action.run();
    }
}
