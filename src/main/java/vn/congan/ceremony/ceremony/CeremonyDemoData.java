package vn.congan.ceremony.ceremony;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.conference.AgendaItem;
import vn.congan.ceremony.conference.AgendaItemType;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.demo.DemoDataContributor;
import vn.congan.ceremony.stage.BatchEntry;
import vn.congan.ceremony.stage.PresentationBatch;

/**
 * A ceremony to run in the demo: when no other feature planned the agenda or the batches,
 * the typical programme of the domain brief and batches of at most ten recipients, highest
 * form first, collectives before individuals. Runs last and adds nothing that exists.
 */
@Component
public class CeremonyDemoData implements DemoDataContributor {

    static final int BATCH_SIZE = 10;

    private static final Object[][] PROGRAMME = {
        {AgendaItemType.WELCOME, "Đón tiếp đại biểu", 30, "Ban tổ chức",
            "Ban tổ chức đón tiếp đại biểu, mời đại biểu vào vị trí."},
        {AgendaItemType.FLAG_SALUTE, "Chào cờ", 5, "Người dẫn chương trình",
            "Kính mời các đồng chí đại biểu và toàn thể hội nghị đứng dậy làm lễ chào cờ."},
        {AgendaItemType.OPENING, "Tuyên bố lý do, giới thiệu đại biểu", 10, "Người dẫn chương trình",
            "Thay mặt Ban tổ chức, xin trân trọng tuyên bố lý do và giới thiệu các đồng chí đại biểu."},
        {AgendaItemType.REPORT, "Báo cáo tổng kết phong trào thi đua", 30, "Phó Giám đốc Công an tỉnh",
            "Xin trân trọng kính mời đồng chí Phó Giám đốc Công an tỉnh trình bày báo cáo tổng kết phong trào."},
        {AgendaItemType.CONTRIBUTION, "Tham luận", 30, "Đại diện các đơn vị",
            "Xin trân trọng kính mời đại diện các đơn vị trình bày tham luận."},
        {AgendaItemType.DECISION_ANNOUNCEMENT, "Công bố quyết định khen thưởng", 10, "Chánh Văn phòng",
            "Xin trân trọng kính mời đồng chí Chánh Văn phòng công bố các quyết định khen thưởng."},
        {AgendaItemType.AWARD_PRESENTATION, "Trao khen thưởng", 40, "Lãnh đạo Công an tỉnh",
            "Xin trân trọng kính mời đại diện các tập thể và các cá nhân có tên sau lên nhận khen thưởng:"},
        {AgendaItemType.DIRECTING_SPEECH, "Phát biểu chỉ đạo", 30, "Giám đốc Công an tỉnh",
            "Xin trân trọng kính mời đồng chí Đại tá Nguyễn Thế Hùng, Giám đốc Công an tỉnh phát biểu chỉ đạo hội nghị."},
        {AgendaItemType.RESPONSE, "Phát biểu tiếp thu chỉ đạo", 10, "Đại diện đơn vị",
            "Xin trân trọng kính mời đại diện các đơn vị phát biểu tiếp thu ý kiến chỉ đạo."},
        {AgendaItemType.CLOSING, "Bế mạc", 15, "Người dẫn chương trình",
            "Chương trình hội nghị đến đây là kết thúc. Xin trân trọng cảm ơn các đồng chí đại biểu."},
    };

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

    private AgendaItem agenda(Conference conference) {
        List<AgendaItem> existing = em.createQuery("select a from AgendaItem a where a.conference = :c "
                + "order by a.position", AgendaItem.class).setParameter("c", conference).getResultList();
        if (!existing.isEmpty()) {
            return existing.stream().filter(a -> a.getType() == AgendaItemType.AWARD_PRESENTATION).findFirst()
                    .orElse(null);
        }
        AgendaItem award = null;
        int position = 1;
        for (Object[] row : PROGRAMME) {
            AgendaItem item = new AgendaItem(conference, position++, (AgendaItemType) row[0], (String) row[1],
                    (Integer) row[2]);
            item.setResponsibleText((String) row[3]);
            item.setMcNotes((String) row[4]);
            em.persist(item);
            if (item.getType() == AgendaItemType.AWARD_PRESENTATION) {
                award = item;
            }
        }
        return award;
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
