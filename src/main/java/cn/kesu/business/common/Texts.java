package cn.kesu.business.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the message bundle in a given language, refusals with their arguments: the screens show them in
 * the user's language, the REST API in the language its caller accepts.
 */
public final class Texts {

    private static final String BUNDLE = "cn.kesu.i18n.messages";

    private Texts() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The text under {@code key}; arguments that are message keys are translated too. */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern = bundle(locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(translated(locale, arguments));
    }

    /** A refusal's text, its message keys among the arguments translated too. */
    public static String text(Locale locale, RuleViolation violation) {
        return text(locale, violation.messageKey(), violation.arguments());
    }

    private static Object[] translated(Locale locale, Object[] given) {
        Object[] arguments = given.clone();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof MessageKey key) {
                arguments[i] = text(locale, key.key());
            } else if (arguments[i] instanceof MessageKeys keys) {
                arguments[i] = String.join(text(locale, "list.separator"),
                        keys.keys().stream().map(k -> text(locale, k)).toList());
            }
        }
        return arguments;
    }

    /**
     * Bad input as Bean Validation refused it, as "field: message" in the language: Bean Validation in an EJB
     * interpolates in the server's locale, so the message is interpolated again.
     */
    public static String invalidInput(Locale locale, ConstraintViolation<?> violation, MessageInterpolator interpolator) {
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
        }, locale);
        return text(locale, "error.validation", fieldLabel(locale, field(violation)), message);
    }

    /** The refused field: "createDraft.input.partNo" → "partNo"; list elements such as "shares[0].percent" → "percent". */
    public static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }

    /** A field's name; a name the bundle does not know shows as it is. */
    public static String fieldLabel(Locale locale, String field) {
        ResourceBundle bundle = bundle(locale);
        return bundle.containsKey("field." + field) ? bundle.getString("field." + field) : field;
    }
}
