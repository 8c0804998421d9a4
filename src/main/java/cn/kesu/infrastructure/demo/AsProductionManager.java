package cn.kesu.infrastructure.demo;

import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the demo user {@code production-manager} (制造部经理); demo servers only. */
@Stateless
@LocalBean
@RunAs(Roles.PRODUCTION_MANAGER)
@RunAsPrincipal("production-manager")
public class AsProductionManager extends DemoCaller {
}
