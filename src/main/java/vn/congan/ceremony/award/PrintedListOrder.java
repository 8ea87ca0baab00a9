package vn.congan.ceremony.award;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of a decision's recipient list as the portal prints it (its appendix): the collectives,
 * then the individuals, each in the order of the signed list when the decision keeps it, else in
 * the domain order (collectives by the unit's official order, then individuals by unit order,
 * rank, position and name). The register numbers follow the same order, so that the register
 * reads like the appendix.
 */
final class PrintedListOrder {

    private PrintedListOrder() {
    }

    /** {@code listed}: the decision's awards with their recipients, in the stored list order. */
    static List<Award> of(AwardDecision decision, List<Award> listed) {
        if (!decision.isKeepSignedOrder()) {
            return domainOrder(listed);
        }
        List<Award> ordered = new ArrayList<>(listed.stream().filter(Award::isCollective).toList());
        ordered.addAll(listed.stream().filter(a -> !a.isCollective()).toList());
        return ordered;
    }

    /** The awards of one decision in the stage's default order, which is the domain order of lists. */
    static List<Award> domainOrder(List<Award> listed) {
        Map<Long, Award> byId = new HashMap<>();
        listed.forEach(a -> byId.put(a.getId(), a));
        return AwardPrecedence.order(listed.stream().map(Recipient::of).toList()).stream()
                .map(r -> byId.get(r.awardId())).toList();
    }
}
