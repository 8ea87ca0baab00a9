package vn.congan.ceremony.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.stage.BatchEntry;
import vn.congan.ceremony.stage.PresentationBatch;

/**
 * Stage order from the presentation batches: batch by batch as the MC calls them, each in its
 * entries' order, with the batch's presenter. Awards in no batch follow, in decision order, so
 * that nothing chosen is left out of the print.
 */
@Primary
@Component
public class PresentationBatchOrder implements CertificateOrder {

    private final BatchEntryLookup entries;
    private final DecisionListOrder unbatched;

    public PresentationBatchOrder(BatchEntryLookup entries, DecisionListOrder unbatched) {
        this.entries = entries;
        this.unbatched = unbatched;
    }

    @Override
    public List<CertificateGroup> arrange(List<Award> awards) {
        Map<Long, Award> remaining = new LinkedHashMap<>();
        awards.forEach(a -> remaining.put(a.getId(), a));
        Set<Conference> conferences = new LinkedHashSet<>();
        awards.forEach(a -> conferences.add(a.getDecision().getConference()));
        List<CertificateGroup> groups = new ArrayList<>();
        for (Conference conference : conferences) {
            PresentationBatch current = null;
            List<Award> members = new ArrayList<>();
            for (BatchEntry entry : entries.findByConference(conference)) {
                if (current != null && !current.equals(entry.getBatch())) {
                    add(groups, current, members);
                    members = new ArrayList<>();
                }
                current = entry.getBatch();
                Award chosen = remaining.remove(entry.getAward().getId());
                if (chosen != null) {
                    members.add(chosen);
                }
            }
            if (current != null) {
                add(groups, current, members);
            }
        }
        for (CertificateGroup group : unbatched.arrange(new ArrayList<>(remaining.values()))) {
            groups.add(new CertificateGroup("CHƯA XẾP ĐỢT", group.title(), "", group.awards()));
        }
        return groups;
    }

    private static void add(List<CertificateGroup> groups, PresentationBatch batch, List<Award> members) {
        if (!members.isEmpty()) {
            String presenter = batch.getPresenter() == null ? "" : batch.getPresenter().getRankAndName();
            groups.add(new CertificateGroup("ĐỢT " + batch.getPosition(), batch.getForm().getName(), presenter,
                    members));
        }
    }
}
