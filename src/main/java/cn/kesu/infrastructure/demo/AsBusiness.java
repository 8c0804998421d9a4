package cn.kesu.infrastructure.demo;

import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the demo user {@code business} (业务部承办); demo servers only. */
@Stateless
@LocalBean
@RunAs(Roles.BUSINESS)
@RunAsPrincipal("business")
public class AsBusiness extends DemoCaller {
}
