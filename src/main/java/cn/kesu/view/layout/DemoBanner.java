package cn.kesu.view.layout;

import cn.kesu.infrastructure.security.FirstAdministrator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Whether pages show the 演示环境 banner: on a server started with the demo switch, whose users' passwords are public. */
@Named
@ApplicationScoped
public class DemoBanner {

    public boolean isShown() {
        return FirstAdministrator.demoMode();
    }
}
