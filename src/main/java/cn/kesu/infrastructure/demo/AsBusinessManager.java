package cn.kesu.infrastructure.demo;

import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the demo user {@code business-manager} (业务部经理); demo servers only. */
@Stateless
@LocalBean
@RunAs(Roles.BUSINESS_MANAGER)
@RunAsPrincipal("business-manager")
public class AsBusinessManager extends DemoCaller {
}
