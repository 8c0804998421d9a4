package cn.kesu.business.common;

import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A JPQL condition that a path is one of some values, written with one parameter per value: {@code c.holderRole =
 * :role0} for one value, {@code c.holderRole in (:role0, :role1)} for several; never one collection-valued
 * parameter. Hibernate keeps no translation of a query with a collection-valued parameter, nor of one with a lone
 * parameter in an {@code in} list ({@code in (:role0)}, which it takes for one that may be bound to a collection),
 * and translates it to SQL again at every execution: a few milliseconds per page of the work lists and the menu. With
 * single-valued parameters it keeps one translation per number of values (issue 17).
 * <p>
 * One value is an equality, not a list naming its parameter twice: PostgreSQL reads an equality in the order of an
 * index on the path and the sort, and stops after a page of rows, where for any {@code in} list (even {@code in
 * ('gm-office', 'gm-office')} of a generic plan) it fetches every matching row and sorts them all: the GM office's
 * 5,000 cases for each page of its work list.
 */
public final class InList {

    private InList() {
    }

    /**
     * The condition that {@code path} is one of the values, each value put into {@code params} as
     * {@code name0, name1, …}.
     *
     * @throws IllegalArgumentException for no values: {@code in ()} is no JPQL
     */
    public static String of(String path, String name, Collection<?> values, Map<String, Object> params) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an empty in list for " + name);
        }
        StringJoiner list = new StringJoiner(", ", "(", ")");
        int i = 0;
        for (Object value : values) {
            String parameter = name + i++;
            params.put(parameter, value);
            list.add(":" + parameter);
        }
        return values.size() == 1 ? path + " = :" + name + 0 : path + " in " + list;
    }

    /** The query with the parameters {@link #of} collected set. */
    public static <T> TypedQuery<T> bound(TypedQuery<T> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
