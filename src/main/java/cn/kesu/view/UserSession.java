package cn.kesu.view;

import cn.kesu.business.user.UserAccount;
import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.UserLocale;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/**
 * Who is signed in and in which language: the only session state of the screens. The language is
 * read from the user's record at the first request after login and written back when switched,
 * so it follows the user to any browser; one switched on the login page wins over the record and is written to it.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAccount account;

    private UserLocale userLocale;
    /** The language was switched on the login page: signing in keeps it (and records it) instead of the stored one. */
    private boolean chosenBeforeSignIn;
    private String username;
    private String fullName;
    private String departmentKey;

    public Locale getLocale() {
        refresh();
        return (userLocale == null ? UserLocale.ZH_CN : userLocale).locale();
    }

    public String getFullName() {
        refresh();
        return fullName;
    }

    public String getDepartmentKey() {
        refresh();
        return departmentKey;
    }

    public boolean isSignedIn() {
        return remoteUser() != null;
    }

    /** Switches between Chinese and English and stays on the current page. */
    public void switchLanguage() throws IOException {
        userLocale = getLocale().equals(Locale.ENGLISH) ? UserLocale.ZH_CN : UserLocale.EN;
        if (isSignedIn()) {
            account.preferLocale(userLocale);
        } else {
            chosenBeforeSignIn = true;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        external.redirect(request.getRequestURI());
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    /** Loads the signed-in user's name and language once per login (the session may predate the login). */
    private void refresh() {
        String current = remoteUser();
        if (current == null || current.equals(username)) {
            return;
        }
        username = current;
        account.current().ifPresent(this::take);
    }

    private void take(AppUser user) {
        if (chosenBeforeSignIn && userLocale != null) {
            chosenBeforeSignIn = false;
            if (userLocale != user.getLocale()) {
                account.preferLocale(userLocale);
            }
        } else {
            userLocale = user.getLocale();
        }
        fullName = user.getFullName();
        departmentKey = user.getDepartment().labelKey();
    }

    private static String remoteUser() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? null : faces.getExternalContext().getRemoteUser();
    }
}
