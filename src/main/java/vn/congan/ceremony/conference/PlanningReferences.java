package vn.congan.ceremony.conference;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.common.Translatable;

/**
 * Who points at a conference, a delegate or an agenda item: the conference's own agenda, and each
 * feature built on it through its {@link PlanningUses}. A deletion is refused while anything does.
 */
@Component
class PlanningReferences {

    private final AgendaItemRepository items;
    private final List<PlanningUses> features;

    PlanningReferences(AgendaItemRepository items, List<PlanningUses> features) {
        this.items = items;
        this.features = features;
    }

    /**
     * Everything of the other features that belongs to {@code conference} and would be lost with
     * it, as message pieces ("3 quyết định khen thưởng"); empty when nothing refers to it.
     */
    List<Translatable> usesOf(Conference conference) {
        return features.stream().flatMap(f -> f.usesOf(conference).stream()).toList();
    }

    /** Agenda items the delegate leads plus other features' records naming the delegate. */
    long usesOf(Delegate delegate) {
        return items.countByResponsibleDelegate(delegate) + features.stream().mapToLong(f -> f.usesOf(delegate)).sum();
    }

    /** Other features' records that belong to the agenda item (the batches of an award item). */
    long usesOf(AgendaItem item) {
        return features.stream().mapToLong(f -> f.usesOf(item)).sum();
    }
}
