package cn.kesu.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** Test archives are the WAR the build produced, plus test helpers where a test runs in the server. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("kesu.war", "target/kesu.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The application with what tests inside the server use: callers acting as the demo users, a
     * movable clock, the case fixture. Browser helpers stay out (Selenium is not in the server).
     */
    public static WebArchive withCallers(Class<?>... more) {
        return application()
                .addClasses(Callers.class, Callers.ThrowingRunnable.class, Refusals.class, MovableClock.class,
                        CaseFixture.class, AsAdmin.class, AsAuditor.class, AsBusiness.class, AsBusinessManager.class,
                        AsDeputyGm.class, AsGm.class, AsGmOffice.class, AsProduction.class,
                        AsProductionManager.class, AsQa.class, AsQaManager.class, AsRnd.class, AsWarehouse.class,
                        AsAccounting.class)
                .addClasses(more);
    }
}
