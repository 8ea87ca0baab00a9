package vn.congan.ceremony.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.organisation.Unit;

class RegisterNumbersTest {

    @Test
    void twoDecisionsWhoseNumbersStartTheSameNeverShareARegisterNumber() {
        List<Award> pv01 = awards("12/QĐ-CAT-PV01", 3);
        List<Award> px05 = awards("12/QĐ-CAT-PX05", 3);

        RegisterNumbers.assign("12/QĐ-CAT-PV01", pv01);
        RegisterNumbers.assign("12/QĐ-CAT-PX05", px05);

        assertThat(numbers(pv01)).containsExactly("12/QĐ-CAT-PV01-001", "12/QĐ-CAT-PV01-002", "12/QĐ-CAT-PV01-003");
        assertThat(numbers(px05)).containsExactly("12/QĐ-CAT-PX05-001", "12/QĐ-CAT-PX05-002", "12/QĐ-CAT-PX05-003");
        assertThat(Stream.concat(numbers(pv01).stream(), numbers(px05).stream())).doesNotHaveDuplicates();
        assertThat(RegisterNumbers.prefix("12/QĐ-CAT-PV01")).isNotEqualTo(RegisterNumbers.prefix("12/QĐ-CAT-PX05"));
    }

    @Test
    void numbersAlreadyGivenAreKeptAndTheCountContinuesUnderTheWholeNumber() {
        List<Award> awards = awards("12/QĐ-CAT-PV01", 4);
        awards.get(0).setRegisterNumber("12-001");
        awards.get(1).setRegisterNumber("12-002");
        awards.get(3).setRegisterNumber("SỔ 7/2020");

        int given = RegisterNumbers.assign("12/QĐ-CAT-PV01", awards);

        assertThat(given).isEqualTo(1);
        assertThat(numbers(awards)).containsExactly("12-001", "12-002", "12/QĐ-CAT-PV01-003", "SỔ 7/2020");
        awards.add(award("12/QĐ-CAT-PV01", 5));
        RegisterNumbers.assign("12/QĐ-CAT-PV01", awards);
        assertThat(numbers(awards)).endsWith("12/QĐ-CAT-PV01-004");
    }

    @Test
    void aNumberAnotherDecisionAlreadyCarriesIsSkipped() {
        List<Award> awards = awards("12/QĐ-CAT-PX05", 2);

        RegisterNumbers.assign("12/QĐ-CAT-PX05", awards, Set.of("12/QĐ-CAT-PX05-001", "12/QĐ-CAT-PX05-003"));

        assertThat(numbers(awards)).containsExactly("12/QĐ-CAT-PX05-002", "12/QĐ-CAT-PX05-004");
    }

    @Test
    void aVeryLongDecisionNumberStillGivesNumbersThatFitTheColumn() {
        String number = "1234/QĐ-CAT-PV01 ngày 10/11/2020 của Giám đốc Công an tỉnh Bình An về việc khen thưởng";
        List<Award> awards = awards(number, 2);

        RegisterNumbers.assign(number, awards);

        assertThat(numbers(awards)).allMatch(n -> n.length() <= RegisterNumbers.MAX_LENGTH)
                .allMatch(n -> n.startsWith("1234/QĐ-CAT-PV01 ngày")).doesNotHaveDuplicates();
        assertThat(RegisterNumbers.prefix("  ")).isEqualTo("SO");
        assertThat(RegisterNumbers.prefix(" 12/QĐ-CAT  PV01 ")).isEqualTo("12/QĐ-CAT PV01");
    }

    private static List<Award> awards(String decisionNumber, int count) {
        List<Award> awards = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            awards.add(award(decisionNumber, i));
        }
        return awards;
    }

    private static Award award(String decisionNumber, int order) {
        AwardDecision decision = new AwardDecision(null, null, decisionNumber, LocalDate.of(2020, 11, 10));
        return Award.collective(decision, order, new Unit("Đơn vị " + order, "DV" + order, order));
    }

    private static List<String> numbers(List<Award> awards) {
        return awards.stream().map(Award::getRegisterNumber).toList();
    }
}
