package vn.congan.ceremony.conference;

import java.util.ArrayList;
import java.util.List;
import vn.congan.ceremony.common.Translatable;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * Who else points at a conference, a delegate or an agenda item: a deletion is refused
 * while anything does (no silent cascades). Counted in JPQL so the conference package
 * does not depend on the repositories of the features built on it.
 */
@Component
class PlanningReferences {

    private final EntityManager em;

    PlanningReferences(EntityManager em) {
        this.em = em;
    }

    long awardDecisions(Conference conference) {
        return count("select count(d) from AwardDecision d where d.conference = :x", conference);
    }

    long batches(Conference conference) {
        return count("select count(b) from PresentationBatch b where b.conference = :x", conference);
    }

    /**
     * Everything of the other features that belongs to {@code conference} and would be lost with
     * it, as message pieces ("3 quyết định khen thưởng"); empty when nothing refers to it.
     */
    List<Translatable> usesOf(Conference conference) {
        List<Translatable> uses = new ArrayList<>();
        add(uses, "conference.uses.decisions", awardDecisions(conference));
        add(uses, "conference.uses.batches", batches(conference));
        add(uses, "conference.uses.seatingPlans",
                count("select count(p) from SeatingPlan p where p.conference = :x", conference));
        add(uses, "conference.uses.attendees",
                count("select count(a) from SeatingAttendee a where a.conference = :x", conference));
        add(uses, "conference.uses.prints", count("select count(l) from PrintLog l where l.conference = :x", conference));
        add(uses, "conference.uses.ceremony",
                count("select count(r) from CeremonyRun r where r.conference = :x", conference));
        return uses;
    }

    private static void add(List<Translatable> uses, String key, long count) {
        if (count > 0) {
            uses.add(new Translatable(key, count));
        }
    }

    long batchesPresentedBy(Delegate delegate) {
        return count("select count(b) from PresentationBatch b where b.presenter = :x", delegate);
    }

    long batchesOf(AgendaItem item) {
        return count("select count(b) from PresentationBatch b where b.agendaItem = :x", item);
    }

    long agendaItemsLedBy(Delegate delegate) {
        return count("select count(a) from AgendaItem a where a.responsibleDelegate = :x", delegate);
    }

    private long count(String jpql, Object parameter) {
        return em.createQuery(jpql, Long.class).setParameter("x", parameter).getSingleResult();
    }
}
