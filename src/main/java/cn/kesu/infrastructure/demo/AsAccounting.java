package cn.kesu.infrastructure.demo;

import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the demo user {@code accounting} (会计); demo servers only. */
@Stateless
@LocalBean
@RunAs(Roles.ACCOUNTING)
@RunAsPrincipal("accounting")
public class AsAccounting extends DemoCaller {
}
