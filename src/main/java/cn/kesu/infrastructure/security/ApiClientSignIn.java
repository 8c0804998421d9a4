package cn.kesu.infrastructure.security;

import cn.kesu.business.api.clients.ApiCaller;
import cn.kesu.business.api.clients.ApiClients;
import cn.kesu.model.api.ApiScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sign-in of API clients: {@code Authorization: Bearer <client key>.<secret>} on every call. An accepted
 * client calls with its principal ({@code api:<key>}) and the roles of its scopes, and its {@link ApiCaller} is left
 * in the request for the API; anything else goes on unauthenticated, and the API answers it 401 (and logs it).
 */
@ApplicationScoped
public class ApiClientSignIn {

    /** Where the REST API lives, under the context path. */
    public static final String API_PATH = "/api/";

    @Inject
    ApiClients clients;

    /**
     * Whether the request goes to the API, by the path the container dispatches it to (servlet path and path info,
     * with {@code ..} and encodings resolved), never by the raw URI: {@code /kesu/api/../app/home.xhtml} starts like
     * an API call but reaches a page, which a bearer token must not open.
     */
    public static boolean isApiCall(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith(API_PATH);
    }

    /** The token of a call; null without a bearer token. */
    public static String bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    }

    AuthenticationStatus validateRequest(HttpServletRequest request, HttpMessageContext context) {
        Optional<ApiCaller> caller = Optional.ofNullable(bearerToken(request)).flatMap(clients::authenticate);
        if (caller.isEmpty()) {
            return context.doNothing();
        }
        request.setAttribute(ApiCaller.ATTRIBUTE, caller.get());
        return context.notifyContainerAboutLogin(caller.get().principal(),
                caller.get().scopes().stream().map(ApiScope::role).collect(Collectors.toSet()));
    }
}
