package cn.kesu.support.callers;

import cn.kesu.infrastructure.demo.DemoCaller;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Test deployment only: the QA engineer {@value #NAME}, a directory account (目录账号) whose password only the
 * company directory knows.
 */
@Stateless
@LocalBean
@RunAs(Roles.QA)
@RunAsPrincipal(AsDirectoryQa.NAME)
public class AsDirectoryQa extends DemoCaller {

    public static final String NAME = "dir.qa";
}
