package vn.congan.ceremony.stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who hands over each batch unless the organizer says otherwise: the most senior delegate
 * the highest award form; the chair of the conference (the Director) a form awarded on
 * someone else's authority ("thừa ủy quyền Bộ trưởng Bộ Công an"); the batches of the other
 * forms go round the department's other leaders in precedence order.
 */
public final class DefaultPresenters {

    /** A delegate who may hand over: {@code department} when a person of the department. */
    public record Candidate(long delegateId, int precedence, boolean department, boolean chair) {
    }

    /** A form in ceremony order, the authority it is awarded on (or null), and its batch count. */
    public record FormBatches(long formId, String onAuthorityOf, int batches) {
    }

    /** The presenter of one batch ({@code null} without delegates) and the wording of authority. */
    public record Choice(Long delegateId, String onAuthorityOf) {
    }

    private DefaultPresenters() {
    }

    /** One list of choices per form, one choice per batch of that form. */
    public static List<List<Choice>> choose(List<FormBatches> formsInOrder, List<Candidate> candidates) {
        List<Candidate> bySeniority = new ArrayList<>(candidates);
        bySeniority.sort(Comparator.comparingInt(Candidate::precedence));
        Long senior = bySeniority.isEmpty() ? null : bySeniority.get(0).delegateId();
        Long chair = bySeniority.stream().filter(Candidate::chair).map(Candidate::delegateId).findFirst()
                .orElse(senior);
        List<Long> rota = bySeniority.stream().filter(Candidate::department).map(Candidate::delegateId)
                .filter(id -> bySeniority.size() < 2 || !id.equals(senior)).toList();
        if (rota.isEmpty()) {
            rota = bySeniority.stream().map(Candidate::delegateId).toList();
        }
        List<List<Choice>> result = new ArrayList<>(formsInOrder.size());
        int turn = 0;
        for (int f = 0; f < formsInOrder.size(); f++) {
            FormBatches form = formsInOrder.get(f);
            List<Choice> choices = new ArrayList<>(form.batches());
            for (int b = 0; b < form.batches(); b++) {
                Long presenter;
                if (form.onAuthorityOf() != null) {
                    presenter = chair;
                } else if (f == 0 || rota.isEmpty()) {
                    presenter = senior;
                } else {
                    presenter = rota.get(turn++ % rota.size());
                }
                choices.add(new Choice(presenter, form.onAuthorityOf()));
            }
            result.add(choices);
        }
        return result;
    }
}
