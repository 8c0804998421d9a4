package cn.kesu.model.user;

import java.util.Arrays;
import java.util.Locale;

/** The screen languages of 客诉: Chinese first, English second. A user's choice is kept on the user. */
public enum UserLocale {
    ZH_CN("zh_CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    UserLocale(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** Unknown or missing tags fall back to Chinese, the default language. */
    public static UserLocale ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst().orElse(ZH_CN);
    }
}
