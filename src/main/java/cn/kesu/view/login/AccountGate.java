package cn.kesu.view.login;

import cn.kesu.business.user.AccountStanding;
import cn.kesu.business.user.UserAccount;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/**
 * Every signed-in request passes here before it reaches a page or a download. A session ends when its
 * account was disabled, its roles changed or its password reset after it signed in, or when it is older
 * than the longest session allowed; the browser goes to the sign-in page with a message. A user who must
 * choose a new password (first sign-in, reset by the administrator) reaches nothing but that page.
 */
@WebFilter(urlPatterns = "/app/*", asyncSupported = true)
public class AccountGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Session attribute: when this session signed in. */
    static final String SIGNED_IN_AT = "cn.kesu.signedInAt";
    static final String PASSWORD_PAGE = "/app/password.xhtml";

    @Inject
    UserAccount account;

    @Inject
    Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (request.getRemoteUser() == null || session == null) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = clock.instant();
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        if (signedInAt == null) {
            signedInAt = now;
            session.setAttribute(SIGNED_IN_AT, signedInAt);
        }
        AccountStanding standing = account.standing();
        if (standing.endsSession(signedInAt, now)) {
            request.logout();
            session.invalidate();
            redirect(request, response, "/login.xhtml?ended=true");
        } else if (standing.mustChangePassword()
                && !request.getRequestURI().equals(request.getContextPath() + PASSWORD_PAGE)) {
            redirect(request, response, PASSWORD_PAGE);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** A plain redirect, or for a PrimeFaces Ajax request the partial response that makes the page follow it. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String url = request.getContextPath() + path;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }

    /** Called by the sign-in once the user is authenticated, and after a password change for the session that made it. */
    public static void signedIn(HttpSession session, Instant at) {
        session.setAttribute(SIGNED_IN_AT, at);
    }
}
