package vn.congan.ceremony.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptLinesTest {

    private static List<String> shown(String script) {
        return ScriptLines.parse(script).stream().map(l -> (l.direction() ? "D " : "S ") + l.text()).toList();
    }

    @Test
    void eachLineIsItsOwnAndADirectionInParenthesesStandsApart() {
        assertThat(shown("Nghiêm! Chào cờ, chào!\n(Quốc ca.)\n\nXin mời các đồng chí ngồi."))
                .containsExactly("S Nghiêm! Chào cờ, chào!", "D (Quốc ca.)", "S Xin mời các đồng chí ngồi.");
    }

    @Test
    void aDirectionWrittenAtTheEndOrStartOfASpokenLineIsTakenOut() {
        assertThat(shown("Xin mời các đồng chí ngồi. (Nhạc.) Kính thưa các đồng chí!"))
                .containsExactly("S Xin mời các đồng chí ngồi.", "D (Nhạc.)", "S Kính thưa các đồng chí!");
        assertThat(shown("(Chụp ảnh lưu niệm.) Xin mời các đồng chí về chỗ."))
                .containsExactly("D (Chụp ảnh lưu niệm.)", "S Xin mời các đồng chí về chỗ.");
    }

    @Test
    void parenthesesInsideASentenceArePartOfWhatIsSaid() {
        assertThat(shown("Xin mời đồng chí trình bày báo cáo (dự thảo) của Ban chỉ đạo."))
                .containsExactly("S Xin mời đồng chí trình bày báo cáo (dự thảo) của Ban chỉ đạo.");
        assertThat(shown("Chào cờ (Quốc ca, Quốc tế ca)")).containsExactly("S Chào cờ (Quốc ca, Quốc tế ca)");
    }

    @Test
    void aDirectionIsMarkedOnceAndLineByLine() {
        assertThat(ScriptLines.direction("Quốc ca.")).isEqualTo("(Quốc ca.)");
        assertThat(ScriptLines.direction("(Nhạc.)")).isEqualTo("(Nhạc.)");
        assertThat(ScriptLines.direction("Nhạc.\n\n Chụp ảnh lưu niệm. ")).isEqualTo("(Nhạc.)\n(Chụp ảnh lưu niệm.)");
        assertThat(ScriptLines.direction("  ")).isEmpty();
    }
}
