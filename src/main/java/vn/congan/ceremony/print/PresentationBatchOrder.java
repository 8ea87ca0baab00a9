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
import vn.congan.ceremony.stage.StageBatch;
import vn.congan.ceremony.stage.StageEntry;
import vn.congan.ceremony.stage.StageOrderService;

/**
 * Stage order from the presentation batches: batch by batch as the MC calls them, each in its
 * entries' order, with the batch's presenter, as the stage order's read model
 * ({@link StageOrderService#plan}) gives them. Awards in no batch follow, in decision order, so
 * that nothing chosen is left out of the print.
 */
@Primary
@Component
public class PresentationBatchOrder implements CertificateOrder {

    private final StageOrderService stage;
    private final DecisionListOrder unbatched;

    public PresentationBatchOrder(StageOrderService stage, DecisionListOrder unbatched) {
        this.stage = stage;
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
            for (StageBatch batch : stage.plan(conference).batches()) {
                List<Award> members = new ArrayList<>();
                for (StageEntry entry : batch.entries()) {
                    Award chosen = remaining.remove(entry.awardId());
                    if (chosen != null) {
                        members.add(chosen);
                    }
                }
                if (!members.isEmpty()) {
                    groups.add(new CertificateGroup("ĐỢT " + batch.number(), batch.formName(),
                            batch.presenterRankAndName() == null ? "" : batch.presenterRankAndName(), members));
                }
            }
        }
        for (CertificateGroup group : unbatched.arrange(new ArrayList<>(remaining.values()))) {
            groups.add(new CertificateGroup("CHƯA XẾP ĐỢT", group.title(), "", group.awards()));
        }
        return groups;
    }
}
