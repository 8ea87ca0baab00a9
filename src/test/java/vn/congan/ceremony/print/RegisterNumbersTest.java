package vn.congan.ceremony.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.award.AwardRegisterNumber;

class RegisterNumbersTest {

    @Test
    void twoDecisionsWhoseNumbersStartTheSameNeverShareARegisterNumber() {
        List<AwardRegisterNumber> pv01 = unnumbered(1, 3);
        List<AwardRegisterNumber> px05 = unnumbered(11, 3);

        List<String> first = numbers(pv01, RegisterNumbers.assign("12/QĐ-CAT-PV01", pv01));
        List<String> second = numbers(px05, RegisterNumbers.assign("12/QĐ-CAT-PX05", px05));

        assertThat(first).containsExactly("12/QĐ-CAT-PV01-001", "12/QĐ-CAT-PV01-002", "12/QĐ-CAT-PV01-003");
        assertThat(second).containsExactly("12/QĐ-CAT-PX05-001", "12/QĐ-CAT-PX05-002", "12/QĐ-CAT-PX05-003");
        assertThat(Stream.concat(first.stream(), second.stream())).doesNotHaveDuplicates();
        assertThat(RegisterNumbers.prefix("12/QĐ-CAT-PV01")).isNotEqualTo(RegisterNumbers.prefix("12/QĐ-CAT-PX05"));
    }

    @Test
    void numbersAlreadyGivenAreKeptAndTheCountContinuesUnderTheWholeNumber() {
        List<AwardRegisterNumber> awards = new ArrayList<>(List.of(new AwardRegisterNumber(1L, "12-001"),
                new AwardRegisterNumber(2L, "12-002"), new AwardRegisterNumber(3L, null),
                new AwardRegisterNumber(4L, "SỔ 7/2020")));

        Map<Long, String> given = RegisterNumbers.assign("12/QĐ-CAT-PV01", awards);

        assertThat(given).containsExactly(Map.entry(3L, "12/QĐ-CAT-PV01-003"));
        assertThat(numbers(awards, given)).containsExactly("12-001", "12-002", "12/QĐ-CAT-PV01-003", "SỔ 7/2020");
        awards.set(2, new AwardRegisterNumber(3L, "12/QĐ-CAT-PV01-003"));
        awards.add(new AwardRegisterNumber(5L, null));
        assertThat(RegisterNumbers.assign("12/QĐ-CAT-PV01", awards))
                .containsExactly(Map.entry(5L, "12/QĐ-CAT-PV01-004"));
    }

    @Test
    void aNumberAnotherDecisionAlreadyCarriesIsSkipped() {
        List<AwardRegisterNumber> awards = unnumbered(1, 2);

        Map<Long, String> given = RegisterNumbers.assign("12/QĐ-CAT-PX05", awards,
                Set.of("12/QĐ-CAT-PX05-001", "12/QĐ-CAT-PX05-003"));

        assertThat(numbers(awards, given)).containsExactly("12/QĐ-CAT-PX05-002", "12/QĐ-CAT-PX05-004");
    }

    @Test
    void aVeryLongDecisionNumberStillGivesNumbersThatFitTheColumn() {
        String number = "1234/QĐ-CAT-PV01 ngày 10/11/2020 của Giám đốc Công an tỉnh Bình An về việc khen thưởng";
        List<AwardRegisterNumber> awards = unnumbered(1, 2);

        List<String> given = numbers(awards, RegisterNumbers.assign(number, awards));

        assertThat(given).allMatch(n -> n.length() <= RegisterNumbers.MAX_LENGTH)
                .allMatch(n -> n.startsWith("1234/QĐ-CAT-PV01 ngày")).doesNotHaveDuplicates();
        assertThat(RegisterNumbers.prefix("  ")).isEqualTo("SO");
        assertThat(RegisterNumbers.prefix(" 12/QĐ-CAT  PV01 ")).isEqualTo("12/QĐ-CAT PV01");
    }

    private static List<AwardRegisterNumber> unnumbered(long firstId, int count) {
        List<AwardRegisterNumber> awards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            awards.add(new AwardRegisterNumber(firstId + i, null));
        }
        return awards;
    }

    /** Each award's number after {@code given}: its own, or the one given. */
    private static List<String> numbers(List<AwardRegisterNumber> awards, Map<Long, String> given) {
        return awards.stream().map(a -> a.number() != null ? a.number() : given.get(a.awardId())).toList();
    }
}
