package vn.congan.ceremony.conference;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.organisation.Person;

/**
 * The order in which delegates are introduced by the MC and seated in the front row: the
 * organizer's precedence, except for guests of the provincial government (Tỉnh ủy, Hội đồng
 * nhân dân, Ủy ban nhân dân tỉnh): by the conference's setting they all stand right before the
 * department's Director, as the most senior guests (the usual protocol in a province), or after
 * the Director: where the organizer put them when that is after the Director, else right after
 * the Director. Their own precedence order is kept either way. The Director is the
 * conference's chair when the chair is a delegate, else the first delegate of the department.
 * Plain Java.
 */
public final class DelegateProtocol {

    /** Folded words that name a body of the provincial Party committee or government. */
    private static final List<String> LOCAL_GOVERNMENT = List.of("uy ban nhan dan", "ubnd", "hoi dong nhan dan",
            "hdnd", "tinh uy", "thanh uy");

    private DelegateProtocol() {
    }

    /** {@code byPrecedence} in protocol order for {@code conference}'s setting. */
    public static List<Delegate> order(List<Delegate> byPrecedence, Conference conference) {
        return order(byPrecedence, conference.isLocalGovernmentFirst(), conference.getChair());
    }

    static List<Delegate> order(List<Delegate> byPrecedence, boolean localGovernmentFirst, Person chair) {
        Delegate director = director(byPrecedence, chair);
        if (director == null) {
            return byPrecedence;
        }
        int at = byPrecedence.indexOf(director);
        // before: every such guest; after: those the organizer put before the Director
        List<Delegate> moved = new ArrayList<>();
        for (int i = 0; i < byPrecedence.size(); i++) {
            Delegate d = byPrecedence.get(i);
            if (isLocalGovernment(d) && (localGovernmentFirst || i < at)) {
                moved.add(d);
            }
        }
        if (moved.isEmpty()) {
            return byPrecedence;
        }
        List<Delegate> result = new ArrayList<>(byPrecedence.size());
        for (Delegate d : byPrecedence) {
            if (moved.contains(d)) {
                continue;
            }
            if (d == director && localGovernmentFirst) {
                result.addAll(moved);
            }
            result.add(d);
            if (d == director && !localGovernmentFirst) {
                result.addAll(moved);
            }
        }
        return result;
    }

    /** An outside guest whose organisation or title names the provincial Party committee or government. */
    public static boolean isLocalGovernment(Delegate delegate) {
        if (delegate.getPerson() != null) {
            return false;
        }
        String text = " " + VietText.fold(Objects.toString(delegate.getOrganisation(), "") + " "
                + Objects.toString(delegate.getTitleLine(), "")).replaceAll("[^a-z0-9]+", " ") + " ";
        return LOCAL_GOVERNMENT.stream().anyMatch(words -> text.contains(" " + words + " "));
    }

    private static Delegate director(List<Delegate> delegates, Person chair) {
        if (chair != null && chair.getId() != null) {
            for (Delegate d : delegates) {
                if (d.getPerson() != null && chair.getId().equals(d.getPerson().getId())) {
                    return d;
                }
            }
        }
        return delegates.stream().filter(d -> d.getPerson() != null).findFirst().orElse(null);
    }
}
