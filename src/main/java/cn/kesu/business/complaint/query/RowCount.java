package cn.kesu.business.complaint.query;

import java.io.Serializable;

/**
 * How many cases a list holds, counted up to {@link #LIMIT}: past it the list says "1,000+" and asks for a filter,
 * so a count never reads every matching row of a large database (issue 17).
 *
 * @param rows     the cases counted, at most {@link #LIMIT}
 * @param more     whether more cases than {@link #LIMIT} match
 */
public record RowCount(int rows, boolean more) implements Serializable {

    /** The most cases a list counts and pages through. */
    public static final int LIMIT = 1000;

    /** From the ids read with a limit of {@code LIMIT + 1}. */
    static RowCount of(int found) {
        return new RowCount(Math.min(found, LIMIT), found > LIMIT);
    }
}
