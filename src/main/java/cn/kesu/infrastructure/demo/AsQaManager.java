package cn.kesu.infrastructure.demo;

import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the demo user {@code qa-manager} (质量管理部经理); demo servers only. */
@Stateless
@LocalBean
@RunAs(Roles.QA_MANAGER)
@RunAsPrincipal("qa-manager")
public class AsQaManager extends DemoCaller {
}
