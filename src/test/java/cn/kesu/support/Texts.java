package cn.kesu.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The application's own message bundle, so tests assert on the texts users see without copying them. */
public final class Texts {

    private Texts() {
    }

    public static String zh(String key, Object... arguments) {
        return text(Locale.SIMPLIFIED_CHINESE, key, arguments);
    }

    public static String en(String key, Object... arguments) {
        return text(Locale.ENGLISH, key, arguments);
    }

    private static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("cn.kesu.i18n.messages", locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
