package vn.congan.ceremony.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardDecision;

/**
 * Stage order without batches: the highest award form first (lower precedence number), then by
 * decision date and number, each decision's certificates in its list order, one group per
 * decision. {@link PresentationBatchOrder} uses it for awards that are in no batch.
 */
@Component
public class DecisionListOrder implements CertificateOrder {

    private static final Comparator<AwardDecision> DECISIONS = Comparator
            .comparingInt((AwardDecision d) -> d.getForm().getPrecedence())
            .thenComparing(AwardDecision::getDate)
            .thenComparing(AwardDecision::getNumber)
            .thenComparing(AwardDecision::getId); // two decisions of the same date and number stay apart

    /** The same order over awards read as columns (the print page's listing). */
    static final Comparator<PrintableAwardRepository.Listed> LISTED = Comparator
            .comparingInt(PrintableAwardRepository.Listed::precedence)
            .thenComparing(PrintableAwardRepository.Listed::date)
            .thenComparing(PrintableAwardRepository.Listed::number)
            .thenComparingLong(PrintableAwardRepository.Listed::decisionId)
            .thenComparingInt(PrintableAwardRepository.Listed::listOrder);

    @Override
    public List<CertificateGroup> arrange(List<Award> awards) {
        Map<AwardDecision, List<Award>> byDecision = new LinkedHashMap<>();
        awards.stream().sorted(Comparator.comparing(Award::getDecision, DECISIONS)
                        .thenComparingInt(Award::getListOrder))
                .forEach(a -> byDecision.computeIfAbsent(a.getDecision(), d -> new ArrayList<>()).add(a));
        List<CertificateGroup> groups = new ArrayList<>();
        byDecision.forEach((decision, list) -> groups.add(new CertificateGroup("NHÓM " + (groups.size() + 1),
                decision.getForm().getName() + " - Quyết định số " + decision.getNumber(), "", list)));
        return groups;
    }
}
