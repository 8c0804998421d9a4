package cn.kesu.support.callers;

import cn.kesu.infrastructure.demo.DemoCaller;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test deployment only: one person holding two roles, the 质量管理部经理 role held by qa, who also does the investigation. */
@Stateless
@LocalBean
@RunAs(Roles.QA_MANAGER)
@RunAsPrincipal("qa")
public class AsQaHoldingTheManagersRole extends DemoCaller {
}
