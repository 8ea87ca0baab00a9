package vn.congan.ceremony.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class RankTest {

    @Test
    void bothTonePlacementsAnyCaseAndExtraSpacesParse() {
        assertThat(Rank.parse("Đại uý")).contains(Rank.DAI_UY);
        assertThat(Rank.parse("Đại úy")).contains(Rank.DAI_UY);
        assertThat(Rank.parse("  THƯỢNG   ÚY ")).contains(Rank.THUONG_UY);
        assertThat(Rank.parse(Normalizer.normalize("Thiếu uý", Normalizer.Form.NFD))).contains(Rank.THIEU_UY);
        assertThat(Rank.parse("dai ta")).contains(Rank.DAI_TA);
    }

    @Test
    void blankIsNoRankAndUnknownTextIsReported() {
        assertThat(Rank.parse("")).contains(Rank.NONE);
        assertThat(Rank.parse(null)).contains(Rank.NONE);
        assertThat(Rank.parse("Đại úi")).isEmpty();
        assertThat(Rank.parse("CNCA")).contains(Rank.CONG_NHAN);
    }

    @Test
    void declarationOrderIsPrecedence() {
        assertThat(Rank.DAI_TA).isLessThan(Rank.THUONG_TA);
        assertThat(Rank.BINH_NHI).isLessThan(Rank.CONG_NHAN);
        assertThat(Rank.CONG_NHAN).isLessThan(Rank.NONE);
    }

    @Test
    void addressReadsComradeRankAndName() {
        assertThat(Rank.address(Rank.THUONG_UY, "Nguyễn Văn An")).isEqualTo("đồng chí Thượng úy Nguyễn Văn An");
        assertThat(Rank.address(Rank.NONE, "Nguyễn Văn An")).isEqualTo("đồng chí Nguyễn Văn An");
    }
}
