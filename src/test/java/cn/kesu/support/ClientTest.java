package cn.kesu.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * Base of the tests that use the application from outside, as a browser or an HTTP client does, against
 * the same shared deployment as the in-container tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ClientTest {

    /** The application's root, e.g. {@code http://127.0.0.1:8080/kesu/}. */
    @ArquillianResource
    protected URL base;

    @Deployment
    public static WebArchive deployment() {
        return Deployments.shared();
    }
}
