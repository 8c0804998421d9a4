package cn.kesu.infrastructure.demo;

import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the demo user {@code rnd} (研发部); demo servers only. */
@Stateless
@LocalBean
@RunAs(Roles.RND)
@RunAsPrincipal("rnd")
public class AsRnd extends DemoCaller {
}
