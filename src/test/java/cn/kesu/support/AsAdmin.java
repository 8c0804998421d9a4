package cn.kesu.support;

import cn.kesu.model.user.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/** Acts as the demo administrator {@code admin}. */
@Stateless
@LocalBean
@PermitAll
@RunAs(Roles.ADMIN)
@RunAsPrincipal("admin")
public class AsAdmin implements Callers {

    @Override
    public <T> T call(Callable<T> action) throws Exception {
        return action.call();
    }
}
