package cn.kesu.business.common;

import java.util.List;

/** An argument of a refusal that is a list of bundle texts (e.g. dispositions), shown translated and joined. */
public record MessageKeys(List<String> keys) {

    public MessageKeys {
        keys = List.copyOf(keys);
    }
}
