package cn.kesu.infrastructure.demo;

import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the demo user {@code auditor} (稽核); demo servers only. */
@Stateless
@LocalBean
@RunAs(Roles.AUDITOR)
@RunAsPrincipal("auditor")
public class AsAuditor extends DemoCaller {
}
