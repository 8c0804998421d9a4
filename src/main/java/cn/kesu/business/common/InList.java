package cn.kesu.business.common;

import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A JPQL {@code in} list written as one parameter per value, {@code (:role0, :role1)}, instead of one
 * collection-valued parameter. Hibernate keeps no translation of a query with a collection-valued parameter and
 * translates it to SQL again at every execution, which costs the work lists and the menu a few milliseconds per
 * page; with single-valued parameters it keeps one translation per length of the list (issue 17).
 * <p>
 * A list of one value names its parameter twice, {@code (:role0, :role0)}: Hibernate's parser takes a lone
 * parameter in an {@code in} list, {@code in (:role0)}, for one that may be bound to a collection, and then keeps
 * no translation of the query either.
 */
public final class InList {

    private InList() {
    }

    /**
     * The list {@code (:name0, :name1, …)} of the values, each value put into {@code params} under its name; for one
     * value {@code (:name0, :name0)}.
     *
     * @throws IllegalArgumentException for no values: {@code in ()} is no JPQL
     */
    public static String of(String name, Collection<?> values, Map<String, Object> params) {
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
        if (values.size() == 1) {
            list.add(":" + name + 0);
        }
        return list.toString();
    }

    /** The query with the parameters {@link #of} collected set. */
    public static <T> TypedQuery<T> bound(TypedQuery<T> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
