package vn.congan.ceremony.conference;

import java.util.List;
import vn.congan.ceremony.common.Translatable;

/**
 * A feature built on the conference that keeps data pointing at a conference, a delegate or an
 * agenda item: deleting one of those is refused while any such data exists (no silent cascades).
 * Each feature implements it as a Spring bean over its own repositories, so the conference feature
 * neither reads other features' tables nor knows their entities. Beans are asked in their
 * {@link org.springframework.core.annotation.Order} (the order of the parts of the refusal).
 */
public interface PlanningUses {

    /** This feature's data that belongs to {@code conference}, as message pieces ("3 quyết định khen thưởng"). */
    List<Translatable> usesOf(Conference conference);

    /** How many of this feature's records name {@code delegate} (a batch it presents, ...). */
    default long usesOf(Delegate delegate) {
        return 0;
    }

    /** How many of this feature's records belong to {@code item} (the batches of an award item, ...). */
    default long usesOf(AgendaItem item) {
        return 0;
    }

    /** The message piece for {@code count} records, or none when there are none. */
    static List<Translatable> counted(String key, long count) {
        return count > 0 ? List.of(new Translatable(key, count)) : List.of();
    }
}
