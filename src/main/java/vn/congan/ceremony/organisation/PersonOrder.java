package vn.congan.ceremony.organisation;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;

/**
 * The orders a list of people can be shown in, each done by the database so that lists page:
 * by name in Vietnamese alphabetical order (the collation key), by rank in precedence order, by
 * unit in the department's official order (people without a unit last). Ties fall back to the
 * alphabetical order.
 */
public enum PersonOrder {
    NAME,
    RANK,
    UNIT;

    /** The alias {@code p} is the person, {@code u} its (left-joined) unit. */
    Sort toSort(boolean descending) {
        Sort.Direction direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort byName = Sort.by(direction, "sortKey").and(Sort.by(direction, "id"));
        return switch (this) {
            case NAME -> byName;
            case RANK -> JpaSort.unsafe(direction, RANK_PRECEDENCE).and(Sort.by("sortKey", "id"));
            case UNIT -> JpaSort.unsafe(Sort.Direction.ASC, "coalesce(case when u.id is null then 1 else 0 end, 0)")
                    .and(JpaSort.unsafe(direction, "u.officialOrder", "u.name"))
                    .and(Sort.by("sortKey", "id"));
        };
    }

    /**
     * Rank by precedence: the declaration order of {@link Rank}, highest first. Wrapped in a
     * function so that Spring Data takes the expression as it is instead of prefixing an alias.
     */
    private static final String RANK_PRECEDENCE = Arrays.stream(Rank.values())
            .map(r -> "when '" + r.name() + "' then " + r.ordinal())
            .collect(Collectors.joining(" ", "coalesce(case p.rank ", " end, 99)"));
}
