package cn.kesu.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the tests that run inside the server: they inject the department beans, act as demo users
 * through {@code As*} and move the clock. All of them share one deployment ({@link SharedDeployment}).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class InContainerTest {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.shared();
    }
}
