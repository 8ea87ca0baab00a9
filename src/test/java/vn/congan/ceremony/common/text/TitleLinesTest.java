package vn.congan.ceremony.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TitleLinesTest {

    /** One unit per character: easy to reason about. */
    private static final ToDoubleFunction<String> CHARS = String::length;

    private static final String MINISTER_LIST = "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA BỘ TRƯỞNG BỘ CÔNG AN";

    @Test
    void aTitleThatFitsStaysOnOneLine() {
        assertThat(TitleLines.split("CHƯƠNG TRÌNH HỘI NGHỊ", 40, CHARS)).containsExactly("CHƯƠNG TRÌNH HỘI NGHỊ");
    }

    @Test
    void aLongTitleBreaksBetweenPhrasesIntoBalancedLines() {
        // one line holds up to "... BẰNG KHEN CỦA BỘ" (60 characters); the break goes to a phrase boundary
        assertThat(TitleLines.split(MINISTER_LIST, 60, CHARS))
                .containsExactly("DANH SÁCH TẬP THỂ, CÁ NHÂN", "ĐƯỢC TẶNG BẰNG KHEN CỦA BỘ TRƯỞNG BỘ CÔNG AN");
    }

    @Test
    void noLineEverEndsInsideAProtectedPhrase() {
        for (int width = 20; width <= 70; width++) {
            List<String> lines = TitleLines.split(MINISTER_LIST, width, CHARS);
            assertThat(String.join(" ", lines)).isEqualTo(MINISTER_LIST);
            for (int i = 0; i + 1 < lines.size(); i++) {
                String join = last(lines.get(i)) + " " + first(lines.get(i + 1));
                assertThat(join).as("width %d: %s", width, lines)
                        .isNotIn("BỘ TRƯỞNG", "BỘ CÔNG", "CÔNG AN", "BẰNG KHEN", "DANH SÁCH", "TẬP THỂ",
                                "CÁ NHÂN", "ĐƯỢC TẶNG");
            }
        }
    }

    @Test
    void theDepartmentAndItsPlaceNameStayTogether() {
        String title = "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA GIÁM ĐỐC CÔNG AN TỈNH BÌNH AN";
        List<String> lines = TitleLines.split(title, 45, CHARS);
        assertThat(lines).last().asString().endsWith("CỦA GIÁM ĐỐC CÔNG AN TỈNH BÌNH AN");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(45));
    }

    @Test
    void mixedCaseHeadingsFollowTheSameRules() {
        String title = "Hội nghị tổng kết Phong trào thi đua đặc biệt thực hiện 50 năm Di chúc của Chủ tịch Hồ Chí Minh";
        assertThat(TitleLines.split(title, 75, CHARS)).containsExactly(
                "Hội nghị tổng kết Phong trào thi đua đặc biệt thực hiện 50 năm Di chúc", "của Chủ tịch Hồ Chí Minh");
        // narrower, the first phrase itself must break: between two compounds, never inside one
        assertThat(TitleLines.split(title, 60, CHARS)).containsExactly(
                "Hội nghị tổng kết Phong trào thi đua đặc biệt", "thực hiện 50 năm Di chúc của Chủ tịch Hồ Chí Minh");
    }

    @Test
    void aPhraseWiderThanTheLineBreaksInsideItButNotInsideAUnit() {
        List<String> lines = TitleLines.split("PHÒNG CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", 20, CHARS);
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(20));
        assertThat(lines).noneMatch(l -> l.endsWith("CẢNH")).noneMatch(l -> l.startsWith("SÁT"));
    }

    @Test
    void aFixedPairWithACommaStaysTogetherAndBreaksAreJudged() {
        List<String> lines = TitleLines.split("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", 50,
                CHARS);
        assertThat(lines).containsExactly("Phòng An ninh mạng", "và phòng, chống tội phạm sử dụng công nghệ cao");
        assertThat(TitleLines.breaks(lines)).isEqualTo(TitleLines.Breaks.PHRASES);
        assertThat(TitleLines.breaks(List.of("Phòng An ninh mạng và phòng,", "chống tội phạm")))
                .isEqualTo(TitleLines.Breaks.INSIDE_UNIT);
        assertThat(TitleLines.breaks(List.of("BẰNG KHEN CỦA BỘ", "TRƯỞNG BỘ CÔNG AN")))
                .isEqualTo(TitleLines.Breaks.INSIDE_UNIT);
        assertThat(TitleLines.breaks(List.of("Phòng An ninh mạng và phòng, chống tội phạm", "sử dụng công nghệ cao")))
                .isEqualTo(TitleLines.Breaks.INSIDE_PHRASE);
    }

    @Test
    void nothingToBreakGivesNoLines() {
        assertThat(TitleLines.split("  ", 10, CHARS)).isEmpty();
    }

    private static String last(String line) {
        return line.substring(line.lastIndexOf(' ') + 1);
    }

    private static String first(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    @Test
    void keepTogetherJoinsWordGroupsWithNoBreakSpacesForCellsThatWrapThemselves() {
        String nb = String.valueOf(TitleLines.NO_BREAK_SPACE);
        assertThat(TitleLines.keepTogether("Phó Giám đốc Công an tỉnh. Xin mời Ban tổ chức"))
                .isEqualTo(String.join(nb, "Phó", "Giám", "đốc") + " " + String.join(nb, "Công", "an", "tỉnh.")
                        + " Xin mời " + String.join(nb, "Ban", "tổ", "chức"));
        assertThat(TitleLines.keepTogether("Đại tá Trần Quốc Bình\nCông an huyện An Lạc; Công an"))
                .isEqualTo("Đại" + nb + "tá Trần Quốc Bình\n" + String.join(nb, "Công", "an", "huyện", "An", "Lạc;")
                        + " Công" + nb + "an");
        assertThat(TitleLines.keepTogether(null)).isNull();
    }

    @Test
    void aRankAndTheNameAfterItStayOnOneLineUpToTheComma() {
        String nb = String.valueOf(TitleLines.NO_BREAK_SPACE);
        String said = TitleLines.keepNamesTogether(TitleLines.keepTogether(
                "Xin trân trọng cảm ơn đồng chí Đại tá Trần Quốc Bình, Phó Giám đốc Công an tỉnh."));
        assertThat(said).contains(String.join(nb, "Đại", "tá", "Trần", "Quốc", "Bình,"))
                .contains("Bình, Phó").contains("đồng chí Đại");
        assertThat(TitleLines.keepNamesTogether("Thượng úy Âu Công Sơn, Đội Điều tra tổng hợp"))
                .isEqualTo("Thượng úy" + nb + "Âu" + nb + "Công" + nb + "Sơn, Đội Điều tra tổng hợp");
        // a capitalised word that is no name after a rank's text elsewhere is left alone
        assertThat(TitleLines.keepNamesTogether("Phòng Cảnh sát hình sự")).isEqualTo("Phòng Cảnh sát hình sự");
    }
}
