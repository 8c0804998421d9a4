package cn.kesu.api;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** The language of an API answer: English when the caller accepts it before Chinese, else Chinese, as the screens. */
final class ApiLanguage {

    private ApiLanguage() {
    }

    static Locale of(HttpHeaders headers) {
        for (Locale accepted : headers.getAcceptableLanguages()) {
            if ("en".equals(accepted.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(accepted.getLanguage())) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
