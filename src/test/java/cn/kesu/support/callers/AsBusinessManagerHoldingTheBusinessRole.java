package cn.kesu.support.callers;

import cn.kesu.infrastructure.demo.DemoCaller;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test deployment only: one person holding two roles, 业务 role held by business-manager, the approver, who also issues execution documents. */
@Stateless
@LocalBean
@RunAs(Roles.BUSINESS)
@RunAsPrincipal("business-manager")
public class AsBusinessManagerHoldingTheBusinessRole extends DemoCaller {
}
