package cn.kesu.business.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The reminder and mail timers live in the database timer store: they are there while the application
 * is deployed, stay while it is undeployed, and the redeployed application takes the same timers back
 * rather than adding new ones (what also carries them over a server restart).
 */
@ExtendWith(ArquillianExtension.class)
class TimerPersistenceIT {

    /** Its own name, so that it deploys and undeploys beside the shared test deployment. */
    static final String APP = "kesu-timers.war";

    @Deployment(name = "probe", order = 1, testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "timer-probe.war").addClass(TimerRowsServlet.class);
    }

    @Deployment(name = "app", managed = false, testable = false)
    static WebArchive app() {
        return Deployments.application(APP);
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void theTimersOutliveTheirDeployment(@ArquillianResource @OperateOnDeployment("probe") URL probe) throws Exception {
        deployer.deploy("app");
        String deployed = rows(probe);
        deployer.undeploy("app");
        String undeployed = rows(probe);
        deployer.deploy("app");
        String redeployed = rows(probe);
        deployer.undeploy("app");

        assertEquals(2, deployed.lines().count(), deployed);
        assertTrue(deployed.contains("|mail|*/5"), deployed);
        assertTrue(deployed.contains("|scan|*/15"), deployed);
        assertEquals(deployed, undeployed, "kept in the store while the application is away");
        assertEquals(deployed, redeployed, "the same timers, not new ones");
    }

    private static String rows(URL probe) throws Exception {
        try (InputStream in = URI.create(probe.toString().replaceAll("/$", "") + "/timers?module=kesu-timers")
                .toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
