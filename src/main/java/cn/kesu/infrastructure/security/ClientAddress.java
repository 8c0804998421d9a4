package cn.kesu.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The network address of the browser behind the current request, for counting failed passwords per
 * address. Behind a load balancer this is the address Undertow takes from the proxy's forwarding
 * headers when the listener is configured for them.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    Instance<HttpServletRequest> request;

    /** The address, or null where no HTTP request is being served (timers, start-up, remote EJB calls). */
    public String current() {
        try {
            return request.get().getRemoteAddr();
        } catch (RuntimeException noHttpRequest) {
            // CDI's built-in request bean exists on every thread but answers only while a request is served.
            return null;
        }
    }
}
