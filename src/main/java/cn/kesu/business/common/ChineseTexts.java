package cn.kesu.business.common;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Chinese texts of the screens, for what is written into records, mails and forms: those are in
 * Chinese whatever the language of the user who caused them.
 */
public final class ChineseTexts {

    private ChineseTexts() {
    }

    public static String of(String key) {
        return ResourceBundle.getBundle("cn.kesu.i18n.messages", Locale.SIMPLIFIED_CHINESE).getString(key);
    }
}
