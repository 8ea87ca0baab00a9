package vn.congan.ceremony.award;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;

/**
 * The orders a decision's recipient list can be shown in, each done by the database so that the
 * list pages: as the decision lists them, by name (collectives first in the unit's official
 * order, then people in Vietnamese alphabetical order), or by unit in the official order (a
 * person by their own unit).
 */
public enum RecipientOrder {
    LIST,
    NAME,
    UNIT;

    /** Aliases: {@code a} the award, {@code u} its unit, {@code p} its person, {@code pu} the person's unit. */
    Sort toSort(boolean descending) {
        Sort.Direction direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort byList = Sort.by(direction, "listOrder").and(Sort.by(direction, "id"));
        return switch (this) {
            case LIST -> byList;
            case NAME -> JpaSort.unsafe(direction, "coalesce(case when p.id is null then 0 else 1 end, 0)",
                    "coalesce(u.officialOrder, 0)", "coalesce(p.sortKey, '')").and(byList);
            case UNIT -> JpaSort.unsafe(direction, "coalesce(u.officialOrder, pu.officialOrder, 2147483647)")
                    .and(JpaSort.unsafe(Sort.Direction.ASC, "coalesce(p.sortKey, '')")).and(Sort.by("listOrder", "id"));
        };
    }
}
