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

    /** The application with the callers that act as demo users, for tests that run inside the server. */
    public static WebArchive withCallers(Class<?>... more) {
        return application().addPackage(Callers.class.getPackage()).addClasses(more);
    }
}
