package cn.kesu.view;

import cn.kesu.business.common.MessageKey;
import cn.kesu.business.common.MessageKeys;
import cn.kesu.business.common.RuleViolation;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one place where refusals and confirmations become messages on the page, in the user's language.
 * Refusals of the procedure arrive as {@link RuleViolation}s, bad input as Bean Validation violations
 * raised in the department beans, a missing role as {@link EJBAccessException}.
 */
@RequestScoped
public class Feedback {

    private static final String BUNDLE = "cn.kesu.i18n.messages";

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
        MessageInterpolator interpolator = validatorFactory.getMessageInterpolator();
        String message = interpolator.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                return null;
            }
        }, locale());
        String property = lastNode(violation.getPropertyPath().toString());
        String text = text("error.validation", fieldLabel(property), message);
        // Beside the field it concerns where the form has one (highlighted), in the page's list in any case.
        FieldErrors.refuse(faces, property).ifPresentOrElse(clientId -> error(clientId, text), () -> error(null, text));
    }

    /** A refusal's text in the user's language, its message keys among the arguments translated too. */
    public String text(RuleViolation violation) {
        Object[] arguments = violation.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof MessageKey key) {
                arguments[i] = text(key.key());
            } else if (arguments[i] instanceof MessageKeys keys) {
                arguments[i] = String.join(text("list.separator"), keys.keys().stream().map(this::text).toList());
            }
        }
        return text(violation.messageKey(), arguments);
    }

    public String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    private void error(String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** The texts of the screens in the user's language. */
    public ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale());
    }

    private Locale locale() {
        return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.SIMPLIFIED_CHINESE;
    }

    /** The field's name in the user's language; a path the bundle does not know shows as it is. */
    private String fieldLabel(String node) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale());
        return bundle.containsKey("field." + node) ? bundle.getString("field." + node) : node;
    }

    /** "createDraft.input.partNo" → "partNo"; list elements such as "shares[0].percent" → "percent". */
    private static String lastNode(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }
}
