package cn.kesu.view;

import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.common.Texts;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one place where refusals and confirmations become messages on the page, in the user's language.
 * Refusals of the procedure arrive as {@link RuleViolation}s, bad input as Bean Validation violations
 * raised in the department beans, a missing role as {@link EJBAccessException}.
 */
@RequestScoped
public class Feedback {

    @Inject
    FacesContext faces;

    @Inject
    ValidatorFactory validatorFactory;

    public void info(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** A refusal the screen itself finds (two entries that must agree), under {@code key}. */
    public void error(String key, Object... arguments) {
        error(null, text(key, arguments));
        faces.validationFailed();
    }

    public void refusedLogin() {
        error(null, text("login.failed"));
        faces.validationFailed();
    }

    public void refused(RuntimeException refusal) {
        if (refusal instanceof RuleViolation violation) {
            error(null, text(violation));
        } else if (refusal instanceof ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(this::invalidInput);
        } else if (refusal instanceof EJBAccessException) {
            error(null, text("error.accessDenied"));
        } else {
            throw refusal;
        }
        faces.validationFailed();
    }

    /** Bean Validation in an EJB interpolates in the server's locale; interpolate again in the user's. */
    private void invalidInput(ConstraintViolation<?> violation) {
        String property = Texts.field(violation);
        String text = Texts.invalidInput(locale(), violation, validatorFactory.getMessageInterpolator());
        // Beside the field it concerns where the form has one (highlighted), in the page's list in any case.
        FieldErrors.refuse(faces, property).ifPresentOrElse(clientId -> error(clientId, text), () -> error(null, text));
    }

    /** A refusal's text in the user's language, its message keys among the arguments translated too. */
    public String text(RuleViolation violation) {
        return Texts.text(locale(), violation);
    }

    public String text(String key, Object... arguments) {
        return Texts.text(locale(), key, arguments);
    }

    private void error(String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** The texts of the screens in the user's language. */
    public ResourceBundle bundle() {
        return Texts.bundle(locale());
    }

    private Locale locale() {
        return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.SIMPLIFIED_CHINESE;
    }
}
