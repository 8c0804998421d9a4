package cn.kesu.infrastructure.demo;

import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the demo user {@code gm-office} (总经理室); demo servers only. */
@Stateless
@LocalBean
@RunAs(Roles.GM_OFFICE)
@RunAsPrincipal("gm-office")
public class AsGmOffice extends DemoCaller {
}
