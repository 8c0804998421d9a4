package cn.kesu.infrastructure.demo;

import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the demo user {@code deputy-gm} (副总经理); demo servers only. */
@Stateless
@LocalBean
@RunAs(Roles.DEPUTY_GM)
@RunAsPrincipal("deputy-gm")
public class AsDeputyGm extends DemoCaller {
}
