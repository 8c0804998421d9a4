package cn.kesu.view.account;

import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.user.UserAccount;
import cn.kesu.view.Feedback;
import cn.kesu.view.login.AccountGate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.ConstraintViolationException;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Backing bean of {@code app/password.xhtml} (修改密码): the signed-in user's own password. */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    UserAccount account;

    @Inject
    Feedback feedback;

    @Inject
    FacesContext faces;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;
    private Boolean mustChange;
    private Boolean directoryAccount;

    public void change() throws IOException {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            feedback.error("password.repeatDiffers");
            return;
        }
        boolean wasForced = isMustChange();
        try {
            Instant othersEnded = account.changePassword(currentPassword, newPassword);
            // Every other session of the user has ended; this one goes on as signed in just after.
            AccountGate.signedIn((HttpSession) faces.getExternalContext().getSession(true),
                    othersEnded.plus(1, ChronoUnit.MICROS));
        } catch (RuleViolation | ConstraintViolationException refusal) {
            feedback.refused(refusal);
            return;
        }
        feedback.info("password.changed");
        ExternalContext external = faces.getExternalContext();
        if (wasForced) {
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/app/home.xhtml");
        }
    }

    /** 目录账号: the page says where the password is changed and offers no form. */
    public boolean isDirectoryAccount() {
        if (directoryAccount == null) {
            directoryAccount = account.isDirectoryAccount();
        }
        return directoryAccount;
    }

    /** True while the user may do nothing else: first sign-in, or a password the administrator set. */
    public boolean isMustChange() {
        if (mustChange == null) {
            mustChange = account.standing().mustChangePassword();
        }
        return mustChange;
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getRepeatedPassword() { return repeatedPassword; }
    public void setRepeatedPassword(String repeatedPassword) { this.repeatedPassword = repeatedPassword; }
}
