package vn.congan.ceremony.seating.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class SeatNameLinesTest {

    /** One unit per character: the box width counts characters. */
    private static final ToDoubleFunction<String> CHARS = String::length;

    @Test
    void aNameThatFitsStaysOnOneLine() {
        assertThat(SeatNameLines.lines("Lê Văn An", CHARS, 12, 3)).containsExactly("Lê Văn An");
    }

    @Test
    void theRankGoesOnItsOwnLineAndIsNeverSplit() {
        assertThat(SeatNameLines.lines("Thượng tá Nguyễn Văn An", CHARS, 14, 2))
                .containsExactly("Thượng tá", "Nguyễn Văn An");
        assertThat(SeatNameLines.lines("Thượng tá Nguyễn Thị Thanh Hương", CHARS, 12, 3))
                .containsExactly("Thượng tá", "Nguyễn Thị", "Thanh Hương");
    }

    @Test
    void withoutARankTheNameBreaksBetweenWords() {
        assertThat(SeatNameLines.lines("Nguyễn Thị Thanh Hương", CHARS, 11, 2))
                .containsExactly("Nguyễn Thị", "Thanh Hương");
    }

    @Test
    void whatDoesNotFitTheLinesIsLeftToTheCaller() {
        assertThat(SeatNameLines.lines("Nguyễn Thị Thanh Hương", CHARS, 11, 1)).isEmpty();
    }
}
