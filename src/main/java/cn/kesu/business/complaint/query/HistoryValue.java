package cn.kesu.business.complaint.query;

import java.util.List;

/**
 * A value in the history tab (修改记录): plain text (names, numbers, amounts, times in the company's zone) or
 * message keys the screen translates into the reader's language (steps, roles, yes/no, dispositions…).
 */
public record HistoryValue(String text, List<String> labelKeys) {

    public HistoryValue {
        labelKeys = List.copyOf(labelKeys);
    }

    public static HistoryValue ofText(String text) {
        return new HistoryValue(text, List.of());
    }

    public static HistoryValue ofKeys(List<String> keys) {
        return new HistoryValue(null, keys);
    }

    public boolean isTranslated() {
        return text == null;
    }
}
