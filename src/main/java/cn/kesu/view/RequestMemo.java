package cn.kesu.view;

import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a view shows but need not keep: read once per request, gone when the response is written. Faces keeps
 * up to fifteen views per session, and a view-scoped bean keeps its fields as long as its view: a yearly
 * report held its figures, some 400 KiB, in each of them, so sessions that had opened it a few times filled
 * the heap and slowed every page with collections (issue 17). A report read again at a postback (an export,
 * a page of a table) costs the reading; a held one costs memory for as long as the session lasts.
 * Keyed by what was read (the year, the month), so a postback that changes it reads the new one.
 */
@RequestScoped
public class RequestMemo {

    private final Map<Object, Object> read = new HashMap<>();

    /** The value read for this key in this request, read now if it was not. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> reading) {
        // Not computeIfAbsent: a reading may itself ask for another key.
        Object value = read.get(key);
        if (value == null) {
            value = reading.get();
            read.put(key, value);
        }
        return (T) value;
    }

    /** Reads this key again when next asked: what it showed has changed. */
    public void forget(Object key) {
        read.remove(key);
    }
}
