package cn.kesu.support.callers;

import cn.kesu.infrastructure.demo.DemoCaller;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test deployment only: one person holding two roles, the business manager's approving role held by gm-office, who signs the consolidation. */
@Stateless
@LocalBean
@RunAs(Roles.BUSINESS_MANAGER)
@RunAsPrincipal("gm-office")
public class AsGmOfficeHoldingTheApproversRole extends DemoCaller {
}
