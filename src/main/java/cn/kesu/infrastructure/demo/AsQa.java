package cn.kesu.infrastructure.demo;

import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the demo user {@code qa} (质量管理部承办); demo servers only. */
@Stateless
@LocalBean
@RunAs(Roles.QA)
@RunAsPrincipal("qa")
public class AsQa extends DemoCaller {
}
