package vn.congan.ceremony.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietTextTest {

    @Test
    void decomposedTextBecomesPrecomposedTrimmedAndCollapsed() {
        String nfd = Normalizer.normalize("  Nguyễn   Thị\u00A0Hồng  ", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Nguyễn Thị Hồng");
        assertThat(VietText.clean(nfd)).isEqualTo("Nguyễn Thị Hồng");
        assertThat(Normalizer.isNormalized(VietText.clean(nfd), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void blankBecomesNullOnlyWhenAsked() {
        assertThat(VietText.clean("   ")).isEmpty();
        assertThat(VietText.cleanToNull(" \t ")).isNull();
        assertThat(VietText.clean(null)).isNull();
    }

    @Test
    void foldingIgnoresCaseMarksAndDStroke() {
        assertThat(VietText.fold("Đặng  Thị HÙNG")).isEqualTo("dang thi hung");
        assertThat(VietText.fold(Normalizer.normalize("Nguyễn", Normalizer.Form.NFD))).isEqualTo("nguyen");
    }

    @Test
    void searchMatchesEveryWordWithoutDiacritics() {
        assertThat(VietText.matches("Nguyễn Thị Hùng", "hung")).isTrue();
        assertThat(VietText.matches("Nguyễn Thị Hùng", "nguyen thi")).isTrue();
        assertThat(VietText.matches("Nguyễn Văn Hùng", "nguyen thi")).isFalse();
    }

    @Test
    void upperCaseKeepsVietnameseLetters() {
        assertThat(VietText.upper("Giám đốc Công an tỉnh")).isEqualTo("GIÁM ĐỐC CÔNG AN TỈNH");
    }

    @Test
    void controlCharactersAreRemovedWithoutASpace() {
        assertThat(VietText.clean("Nguyễn Văn\u0007 An")).isEqualTo("Nguyễn Văn An");
        assertThat(VietText.clean("Trần\u001B[31m Bình")).isEqualTo("Trần[31m Bình");
        assertThat(VietText.clean("Lê\u0000Hoa\u007F\u0085Mai\u009B")).isEqualTo("LêHoa Mai");
    }

    @Test
    void bidirectionalControlsAreRemoved() {
        assertThat(VietText.clean("Nguyễn\u202EVăn\u0007 An")).isEqualTo("NguyễnVăn An");
        assertThat(VietText.clean("\u202Bnải Hùng\u202C")).isEqualTo("nải Hùng");
        assertThat(VietText.clean("\u200E\u200F\u2066Hà\u2069\u061C")).isEqualTo("Hà");
    }

    @Test
    void zeroWidthAndOtherInvisibleCharactersAreRemovedInsideAName() {
        assertThat(VietText.clean("Ng\u200Buyễn Th\uFEFFị H\u200Dồng\u2060")).isEqualTo("Nguyễn Thị Hồng");
        assertThat(VietText.clean("Phạm\u00AD Văn\u200C Đức")).isEqualTo("Phạm Văn Đức");
        assertThat(VietText.clean("An\uE000\u0378\uD800 Bình")).isEqualTo("An Bình");
    }

    @Test
    void everyUnicodeSpaceAndLineBreakIsOneSpace() {
        assertThat(VietText.clean("Nguyễn\tVăn\r\nAn\u2028Bình\u3000Chi\u2003Dũng")).isEqualTo("Nguyễn Văn An Bình Chi Dũng");
    }

    @Test
    void decomposedVietnameseKeepsEveryMarkAndComesOutComposed() {
        String name = "Đặng Ngọc Ưng Hưởng Ơn Ạnh Ảnh Kỹ Nguyễn Thị Vũ Ỷ";
        String nfd = Normalizer.normalize(name, Normalizer.Form.NFD);
        assertThat(VietText.clean(nfd)).isEqualTo(name);
        assertThat(VietText.cleanReport(nfd).removed()).isEmpty();
        assertThat(VietText.clean("đ ư ơ ạ ả ỹ Đ Ư Ơ Ạ Ả Ỹ")).isEqualTo("đ ư ơ ạ ả ỹ Đ Ư Ơ Ạ Ả Ỹ");
    }

    @Test
    void aMarkSplitFromItsLetterByAHiddenCharacterGoesBackOnIt() {
        // "Nguyễn" decomposed, with a zero-width space between the e and its two marks
        assertThat(VietText.clean("Nguye\u200B\u0302\u0303n")).isEqualTo("Nguyễn");
    }

    @Test
    void aStrayMarkWithNoLetterIsDropped() {
        CleanedText report = VietText.cleanReport("\u0301An \u0323Bình");
        assertThat(report.text()).isEqualTo("An Bình");
        assertThat(report.codes()).isEqualTo("U+0301, U+0323");
    }

    @Test
    void theReportNamesEachRemovedCharacterOnce() {
        CleanedText report = VietText.cleanReport("Nguyễn\u202EVăn\u0007 An\u202E");
        assertThat(report.text()).isEqualTo("NguyễnVăn An");
        assertThat(report.hadHidden()).isTrue();
        assertThat(report.codes()).isEqualTo("U+202E, U+0007");
        assertThat(CleanedText.described(report.removed())).isEqualTo("U+202E RIGHT-TO-LEFT OVERRIDE, U+0007 BEL");
        assertThat(VietText.cleanReport("  Lê   Hoa ").hadHidden()).isFalse();
        assertThat(VietText.cleanReport(null).text()).isEmpty();
    }

    @Test
    void multilineTextKeepsItsLineBreaksOnly() {
        assertThat(VietText.cleanMultiline("  Chú ý:\u202E \r\n\r\n\r\n  đọc   chậm\u0007\rrõ ràng \n"))
                .isEqualTo("Chú ý:\n\nđọc chậm\nrõ ràng");
        assertThat(VietText.cleanMultiline(" \n\u200B ")).isNull();
    }

    @Test
    void removingHiddenCharactersAloneLeavesWhitespaceAsItWas() {
        assertThat(VietText.removeHidden(" a\u202E\tb\n c ")).isEqualTo(" a\tb\n c ");
        assertThat(VietText.hasHidden("Nguyễn Văn An")).isFalse();
        assertThat(VietText.hasHidden("Nguyễn\u2066Văn")).isTrue();
    }

    @Test
    void searchIgnoresHiddenCharacters() {
        assertThat(VietText.matches("Nguyễn Thị Hùng", "H\u200Bùng")).isTrue();
        assertThat(VietText.fold("Hù\u202Eng")).isEqualTo("hung");
    }
}
