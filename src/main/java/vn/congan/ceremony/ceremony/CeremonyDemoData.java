package vn.congan.ceremony.ceremony;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.conference.AgendaItem;
import vn.congan.ceremony.conference.AgendaItemType;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.DemoDataContributor;
import vn.congan.ceremony.stage.BatchEntry;
import vn.congan.ceremony.stage.PresentationBatch;

/**
 * Batches to run the demo ceremony with when the stage order has none: batches of at most ten
 * recipients, highest form first, collectives before individuals, under the agenda's award
 * presentation. Runs last and adds nothing that exists. Tests of the features downstream of the
 * stage order use these fixed batches (FixtureBatches).
 */
@Component
public class CeremonyDemoData implements DemoDataContributor {

    static final int BATCH_SIZE = 10;

    private final EntityManager em;

    public CeremonyDemoData(EntityManager em) {
        this.em = em;
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public void contribute(Conference conference) {
        AgendaItem awardItem = agenda(conference);
        long batches = em.createQuery("select count(b) from PresentationBatch b where b.conference = :c", Long.class)
                .setParameter("c", conference).getSingleResult();
        if (batches == 0 && awardItem != null) {
            batches(conference, awardItem);
        }
    }

    /** The agenda's award presentation; the agenda itself is the planning feature's demo data. */
    private AgendaItem agenda(Conference conference) {
        return em.createQuery("select a from AgendaItem a where a.conference = :c and a.type = :t "
                + "order by a.position", AgendaItem.class).setParameter("c", conference)
                .setParameter("t", AgendaItemType.AWARD_PRESENTATION).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
    }

    private void batches(Conference conference, AgendaItem awardItem) {
        List<Award> awards = em.createQuery("select a from Award a join fetch a.decision d join fetch d.form f "
                + "where d.conference = :c order by f.precedence, "
                + "case when a.unit is not null then 0 else 1 end, a.listOrder", Award.class)
                .setParameter("c", conference).getResultList();
        int position = 0;
        PresentationBatch batch = null;
        for (Award award : awards) {
            AwardForm form = award.getDecision().getForm();
            boolean newGroup = batch == null || !batch.getForm().equals(form) || batch.getEntries().size() >= BATCH_SIZE
                    || batch.getEntries().get(0).getAward().isCollective() != award.isCollective();
            if (newGroup) {
                batch = new PresentationBatch(conference, ++position, form);
                batch.setAgendaItem(awardItem);
                batch.setOnAuthorityOf(award.getDecision().getOnAuthorityOf());
                em.persist(batch);
            }
            BatchEntry entry = new BatchEntry(batch, award, batch.getEntries().size() + 1);
            batch.getEntries().add(entry);
            em.persist(entry);
        }
    }
}
