package cn.kesu.model.complaint;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a small set of enum constants as one comma-separated column: the sets on a slip (customer
 * requests, dispositions) are read and audited with the slip, never queried one by one.
 */
abstract class EnumSetConverter<E extends Enum<E>> {

    private final Class<E> type;

    EnumSetConverter(Class<E> type) {
        this.type = type;
    }

    String toColumn(Set<E> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** Null for a null column, so that an embedded part never entered stays null as a whole. */
    Set<E> toSet(String column) {
        if (column == null) {
            return null;
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        if (!column.isBlank()) {
            Arrays.stream(column.split(",")).map(name -> Enum.valueOf(type, name)).forEach(set::add);
        }
        return set;
    }
}
