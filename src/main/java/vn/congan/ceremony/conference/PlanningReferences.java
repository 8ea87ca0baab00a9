package vn.congan.ceremony.conference;

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
