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
}
