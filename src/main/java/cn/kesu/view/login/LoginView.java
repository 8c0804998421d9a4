package cn.kesu.view.login;

import cn.kesu.view.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;

/**
 * Backing bean of {@code login.xhtml}: hands the credentials to Jakarta Security. Every refusal says the
 * same thing, whether the name is unknown, the account disabled or locked, or the password wrong.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    Feedback feedback;

    @Inject
    Clock clock;

    private String username;
    private String password;

    public void login() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getRemoteUser() != null) {
            // Signed in already: the mechanism would take the old sign-in without a password. A new sign-in starts
            // from nothing, so it renews no session lifetime and keeps no roles the administrator took away.
            request.logout();
            request.getSession().invalidate();
            request.getSession(true);
        } else if (request.getSession(false) != null) {
            // A new session id before the sign-in, so an id planted in the browser beforehand (session
            // fixation) never becomes a signed-in one; the session's content, such as the page asked for, stays.
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(password))));
        if ((status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE)
                && request.getRemoteUser() != null) {
            AccountGate.signedIn(request.getSession(), clock.instant());
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/app/home.xhtml");
            default -> feedback.refusedLogin();
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
