package cn.kesu.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import java.io.IOException;
import java.security.Principal;

/**
 * The application's one authentication mechanism (Jakarta Security 3 allows one). Calls of the REST API go to
 * {@link ApiClientSignIn}: a bearer token on every call, no session, a browser's session cookie ignored, so a
 * page cannot make the API act for its signed-in user. Everything else is the people's form sign-in
 * ({@link FormSignIn}), whose sign-in is kept in the HTTP session: what {@code @AutoApplySession} does, done here so
 * that API calls never open a session.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    /** The Jakarta Authentication key that keeps a successful sign-in in the session. */
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    @Inject
    FormSignIn form;

    @Inject
    ApiClientSignIn api;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (ApiClientSignIn.isApiCall(request)) {
            return api.validateRequest(request, context);
        }
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null) {
            try {
                context.getHandler().handle(new Callback[] {
                        new CallerPrincipalCallback(context.getClientSubject(), signedIn)});
            } catch (IOException | UnsupportedCallbackException e) {
                throw new AuthenticationException(e);
            }
            return AuthenticationStatus.SUCCESS;
        }
        AuthenticationStatus status = form.validateRequest(request, response, context);
        if (status == AuthenticationStatus.SUCCESS) {
            context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
        }
        return status;
    }
}
