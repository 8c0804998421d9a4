package cn.kesu.api;

import cn.kesu.business.api.clients.ApiCallLog;
import cn.kesu.business.api.clients.ApiCaller;
import cn.kesu.business.api.clients.ApiSecrets;
import cn.kesu.infrastructure.security.ApiClientSignIn;
import cn.kesu.infrastructure.security.ClientAddress;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.time.Clock;

/**
 * Every API call passes here: without a client the sign-in accepted it is answered 401, over its client's rate 429
 * with {@code Retry-After}; and every call, refused or not, is logged with its client and answer.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiGate implements ContainerRequestFilter, ContainerResponseFilter {

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    ApiCallLog log;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    @Override
    public void filter(ContainerRequestContext context) {
        ApiCaller caller = (ApiCaller) request.getAttribute(ApiCaller.ATTRIBUTE);
        String path = context.getUriInfo().getPath();
        if (caller == null) {
            context.abortWith(Response.fromResponse(Problems.plain(Response.Status.UNAUTHORIZED, "unauthorized",
                    ApiLanguage.of(headers), path)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kesu\"").build());
            return;
        }
        long wait = rateLimiter.admit(caller.clientKey(), caller.requestsPerMinute(), clock.instant());
        if (wait > 0) {
            context.abortWith(Response.fromResponse(Problems.plain(Response.Status.TOO_MANY_REQUESTS, "rate",
                    ApiLanguage.of(headers), path)).header(HttpHeaders.RETRY_AFTER, wait).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
        ApiCaller caller = (ApiCaller) request.getAttribute(ApiCaller.ATTRIBUTE);
        // A refused call is logged under the key it claimed, so the administrator sees who keeps failing.
        String key = caller != null ? caller.clientKey()
                : ApiSecrets.split(ApiClientSignIn.bearerToken(request)).map(parts -> parts[0]).orElse(null);
        log.record(key, requestContext.getMethod(), "/" + requestContext.getUriInfo().getPath().replaceFirst("^/", ""),
                responseContext.getStatus(), clientAddress.current());
    }
}
