package vn.congan.ceremony.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseCollationTest {

    @Test
    void codePointOrderMisplacesMostOfTheNames() {
        List<String> byCodePoint = new ArrayList<>(VietnameseNames.IN_ORDER);
        byCodePoint.sort(Comparator.comparing((String n) -> PersonName.parse(n).given())
                .thenComparing(n -> PersonName.parse(n).family()));
        assertThat(byCodePoint).isNotEqualTo(VietnameseNames.IN_ORDER);
    }

    @Test
    void theComparatorAndTheSortKeyGiveTheOrderAVietnameseReaderExpects() {
        List<String> shuffled = shuffled();
        shuffled.sort(Comparator.comparing(PersonName::parse, PersonName.ALPHABETICAL));
        assertThat(shuffled).containsExactlyElementsOf(VietnameseNames.IN_ORDER);

        List<String> byKey = shuffled();
        byKey.sort(Comparator.comparing(n -> VietnameseCollation.sortKey(PersonName.parse(n))));
        assertThat(byKey).containsExactlyElementsOf(VietnameseNames.IN_ORDER);
    }

    @Test
    void theOrderIsIcuCldrVietnameseFieldByField() {
        // ICU's own "vi" collator, given name, family name, then middle names, each in full;
        // with the one rule added on top: both tone placements of a syllable are one name.
        Collator icu = Collator.getInstance(new ULocale("vi"));
        Comparator<String> field = (a, b) -> icu.compare(oldStyle(a), oldStyle(b));
        List<String> expected = shuffled();
        expected.sort(Comparator.comparing((String n) -> PersonName.parse(n).given(), field)
                .thenComparing(n -> PersonName.parse(n).family(), field)
                .thenComparing(n -> PersonName.parse(n).middle(), field));
        assertThat(expected).containsExactlyElementsOf(VietnameseNames.IN_ORDER);
    }

    @Test
    void bothTonePlacementsAreOneNameButQuyKeepsItsTone() {
        assertThat(VietnameseCollation.compare("Thủy", "Thuỷ")).isZero();
        assertThat(VietnameseCollation.compare("Hòa", "Hoà")).isZero();
        assertThat(VietnameseCollation.compare("Khỏe", "Khoẻ")).isZero();
        assertThat(VietnameseCollation.sortKey("Thủy")).isEqualTo(VietnameseCollation.sortKey("Thuỷ"));
        // "Hoàng": the tone sits before a final consonant, one placement only.
        assertThat(VietnameseCollation.collationText("Hoàng")).isEqualTo("Hoàng");
        // "Quý": "qu" is a consonant, the tone belongs on "y".
        assertThat(VietnameseCollation.collationText("Quý")).isEqualTo("Quý");
        assertThat(VietnameseCollation.compare("Thúy", "Thủy")).isPositive();
    }

    @Test
    void sortKeysHoldOnlyLowerCaseHexAndDecodedAndNfdInputAgree() {
        String nfd = Normalizer.normalize("Nguyễn Thị Hằng", Normalizer.Form.NFD);
        PersonName decomposed = PersonName.parse(nfd);
        assertThat(VietnameseCollation.sortKey(decomposed))
                .matches("[0-9a-f]+")
                .isEqualTo(VietnameseCollation.sortKey(PersonName.parse("Nguyễn Thị Hằng")));
        assertThat(VietnameseCollation.sortKey("x".repeat(2000))).hasSize(VietnameseCollation.MAX_KEY_LENGTH);
    }

    private static List<String> shuffled() {
        List<String> names = new ArrayList<>(VietnameseNames.IN_ORDER);
        Collections.shuffle(names, new Random(20201120));
        return names;
    }

    private static String oldStyle(String text) {
        return text.replace("Thuỷ", "Thủy").replace("Hoà", "Hòa");
    }
}
