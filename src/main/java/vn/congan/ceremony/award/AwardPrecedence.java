package vn.congan.ceremony.award;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.common.text.VietnameseCollation;
import vn.congan.ceremony.organisation.PositionSeniority;

/**
 * The domain order of award recipients, in which an appendix lists them and the stage order
 * calls them: award form by precedence, collectives before individuals, then the unit's official
 * order (units without one by name), rank, position seniority, position, and the name in
 * Vietnamese alphabetical order (given name, family name, middle name). Plain Java.
 */
public final class AwardPrecedence {

    private AwardPrecedence() {
    }

    /**
     * The recipients in the domain order (a new list). The texts are ranked once in Vietnamese
     * collation (unit names, positions, and the given, family and middle names separately,
     * as {@link PersonName#ALPHABETICAL} compares them), so the sort itself compares numbers.
     */
    public static List<Recipient> order(List<Recipient> recipients) {
        CollationRanks units = new CollationRanks(recipients.stream().map(Recipient::unitName).toList());
        CollationRanks positions = new CollationRanks(recipients.stream().map(Recipient::position).toList());
        CollationRanks given = new CollationRanks(recipients.stream().map(r -> r.name().given()).toList());
        CollationRanks family = new CollationRanks(recipients.stream().map(r -> r.name().family()).toList());
        CollationRanks middle = new CollationRanks(recipients.stream().map(r -> r.name().middle()).toList());
        List<Keyed> keyed = new ArrayList<>(recipients.size());
        for (Recipient r : recipients) {
            keyed.add(new Keyed(r, new long[] {r.formPrecedence(), r.formId(), r.collective() ? 0 : 1,
                r.unitOrder() == null ? Integer.MAX_VALUE : r.unitOrder(), units.of(r.unitName()), r.rank().ordinal(),
                PositionSeniority.of(r.position()), positions.of(r.position()), given.of(r.name().given()),
                family.of(r.name().family()), middle.of(r.name().middle())}));
        }
        keyed.sort(KEYED_ORDER);
        return keyed.stream().map(Keyed::recipient).toList();
    }

    /** A recipient with its sort key worked out once, not on every comparison. */
    private record Keyed(Recipient recipient, long[] key) {
    }

    private static final Comparator<Keyed> KEYED_ORDER = (a, b) -> {
        int c = Arrays.compare(a.key(), b.key());
        return c != 0 ? c : Long.compare(a.recipient().awardId(), b.recipient().awardId());
    };

    /** Ranks of distinct texts in Vietnamese collation; texts that compare equal share a rank, null last. */
    private static final class CollationRanks {
        private final Map<String, Integer> ranks = new HashMap<>();

        CollationRanks(List<String> texts) {
            List<String> distinct = texts.stream().filter(Objects::nonNull).distinct()
                    .sorted(VietnameseCollation.comparator()).toList();
            int rank = 0;
            for (int i = 0; i < distinct.size(); i++) {
                if (i > 0 && VietnameseCollation.compare(distinct.get(i - 1), distinct.get(i)) != 0) {
                    rank++;
                }
                ranks.put(distinct.get(i), rank);
            }
        }

        int of(String text) {
            return text == null ? Integer.MAX_VALUE : ranks.get(text);
        }
    }
}
