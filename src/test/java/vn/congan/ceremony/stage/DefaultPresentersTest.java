package vn.congan.ceremony.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.stage.DefaultPresenters.Candidate;
import vn.congan.ceremony.stage.DefaultPresenters.Choice;
import vn.congan.ceremony.stage.DefaultPresenters.FormBatches;

class DefaultPresentersTest {

    private static final String MINISTER = "Bộ trưởng Bộ Công an";

    // delegates: 1 a guest from the ministry (most senior, not of the department), 2 the Director
    // (chair), 3 and 4 deputy directors, 5 a guest of lower precedence
    private static final List<Candidate> DELEGATES = List.of(
            new Candidate(4, 40, true, false), new Candidate(1, 10, false, false), new Candidate(3, 30, true, false),
            new Candidate(2, 20, true, true), new Candidate(5, 50, false, false));

    private static List<Long> presenters(List<Choice> choices) {
        return choices.stream().map(Choice::delegateId).toList();
    }

    @Test
    void theMostSeniorHandsOverTheHighestFormAndTheOthersGoRoundTheDepartmentsLeaders() {
        List<List<Choice>> chosen = DefaultPresenters.choose(List.of(new FormBatches(10, null, 2),
                new FormBatches(20, null, 5)), DELEGATES);
        assertThat(presenters(chosen.get(0))).containsExactly(1L, 1L);
        // the rota: the department's delegates by precedence, without the most senior
        assertThat(presenters(chosen.get(1))).containsExactly(2L, 3L, 4L, 2L, 3L);
        assertThat(chosen.get(1)).allMatch(c -> c.onAuthorityOf() == null);
    }

    @Test
    void aFormAwardedOnSomeoneElsesAuthorityGoesToTheChairWithTheWording() {
        List<List<Choice>> chosen = DefaultPresenters.choose(List.of(new FormBatches(10, MINISTER, 2),
                new FormBatches(20, null, 2)), DELEGATES);
        assertThat(chosen.get(0)).containsExactly(new Choice(2L, MINISTER), new Choice(2L, MINISTER));
        // the rota is not advanced by the chair's batches
        assertThat(presenters(chosen.get(1))).containsExactly(2L, 3L);
    }

    @Test
    void withoutAChairTheAuthorityFormGoesToTheMostSenior() {
        List<Candidate> noChair = List.of(new Candidate(7, 20, true, false), new Candidate(8, 10, true, false));
        List<List<Choice>> chosen = DefaultPresenters.choose(List.of(new FormBatches(10, MINISTER, 1)), noChair);
        assertThat(chosen.get(0)).containsExactly(new Choice(8L, MINISTER));
    }

    @Test
    void withoutDelegatesThePresentersStayEmptyAndEveryBatchHasAChoice() {
        List<List<Choice>> chosen = DefaultPresenters.choose(List.of(new FormBatches(10, MINISTER, 1),
                new FormBatches(20, null, 3)), List.of());
        assertThat(chosen).hasSize(2);
        assertThat(chosen.get(0)).containsExactly(new Choice(null, MINISTER));
        assertThat(chosen.get(1)).hasSize(3).allMatch(c -> c.delegateId() == null && c.onAuthorityOf() == null);
        assertThat(DefaultPresenters.choose(List.of(), DELEGATES)).isEmpty();
    }

    @Test
    void aSingleDelegateHandsOverEverything() {
        List<List<Choice>> chosen = DefaultPresenters.choose(List.of(new FormBatches(10, null, 1),
                new FormBatches(20, null, 2)), List.of(new Candidate(9, 10, true, false)));
        assertThat(presenters(chosen.get(0))).containsExactly(9L);
        assertThat(presenters(chosen.get(1))).containsExactly(9L, 9L);
    }

    @Test
    void withoutDepartmentLeadersTheRotaUsesEveryDelegate() {
        List<Candidate> guests = List.of(new Candidate(1, 10, false, false), new Candidate(5, 50, false, false));
        List<List<Choice>> chosen = DefaultPresenters.choose(List.of(new FormBatches(10, null, 1),
                new FormBatches(20, null, 3)), guests);
        assertThat(presenters(chosen.get(0))).containsExactly(1L);
        assertThat(presenters(chosen.get(1))).containsExactly(1L, 5L, 1L);
    }
}
