package vn.congan.ceremony.common.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.text.Normalizer;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;

/** Fitting text into a box: unchanged when it fits, otherwise a whole-character prefix and "…". */
class TextFitTest {

    /** One unit per character (code point), to make the expectations obvious. */
    private static final ToDoubleFunction<String> CHARS = s -> s.codePointCount(0, s.length());

    @Test
    void textThatFitsIsUnchanged() {
        assertThat(TextFit.fit("Nguyễn Văn An", CHARS, 13)).isEqualTo("Nguyễn Văn An");
        assertThat(TextFit.fit("Nguyễn Văn An", CHARS, 40)).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void textTooLongIsItsLongestFittingPrefixAndAnEllipsis() {
        assertThat(TextFit.fit("Nguyễn Văn An", CHARS, 8)).isEqualTo("Nguyễn…");
        // no space before the ellipsis
        assertThat(TextFit.fit("Nguyễn Văn An", CHARS, 7)).isEqualTo("Nguyễn…");
        assertThat(TextFit.fit("Nguyễn Văn An", CHARS, 3)).isEqualTo("Ng…");
        assertThat(TextFit.fit("Nguyễn Văn An", CHARS, 0)).isEqualTo("…");
    }

    @Test
    void neverCutsInsideAVietnameseLetter() {
        // decomposed input (e + combining circumflex + combining tilde) comes out NFC, cut between letters
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);
        String fitted = TextFit.fit(decomposed, s -> s.length(), 6);
        assertThat(fitted).isEqualTo("Nguyễ…");
        assertThat(Normalizer.isNormalized(fitted, Normalizer.Form.NFC)).isTrue();
        // a letter NFC cannot compose into one code point keeps its marks: "ễ" written as e + U+0302 + U+0303
        // after an unusual base is never split from them
        String combining = "x\u0302\u0303yz";
        assertThat(TextFit.fit(combining, s -> s.length(), 3)).isEqualTo("…");
        assertThat(TextFit.fit(combining, s -> s.length(), 4)).isEqualTo("x\u0302\u0303…");
    }

    @Test
    void withARealFontThePrefixIsAsWideAsTheBoxAllows() {
        BaseFont font = PdfFonts.base(Face.SANS);
        ToDoubleFunction<String> width = s -> font.getWidthPoint(s, 6);
        String name = "Tôn Nữ Hoàng Thị Phương Nguyệt Khuê";
        String fitted = TextFit.fit(name, width, 40);
        assertThat(fitted).endsWith("…");
        assertThat(name).startsWith(fitted.substring(0, fitted.length() - 1));
        assertThat(width.applyAsDouble(fitted)).isLessThanOrEqualTo(40);
    }

    @Test
    void wrapsAtSpacesAndShortensOnlyTheLastLine() {
        assertThat(TextFit.wrap("Nguyễn Thị Minh Nguyệt", CHARS, 11, 2)).containsExactly("Nguyễn Thị", "Minh Nguyệt");
        assertThat(TextFit.wrap("Nguyễn Thị Minh Nguyệt", CHARS, 11, 1)).isEmpty();
        assertThat(TextFit.wrap("Nguyễn", CHARS, 4, 3)).isEmpty();
        List<String> shortened = TextFit.wrapOrShorten("Nguyễn Thị Minh Nguyệt", CHARS, 8, 2);
        assertThat(shortened).containsExactly("Nguyễn", "Thị Min…");
        assertThat(TextFit.wrapOrShorten("Nguyễn Thị Minh Nguyệt", CHARS, 11, 2)).containsExactly("Nguyễn Thị",
                "Minh Nguyệt");
        // a word wider than the line: shortened on the first line
        assertThat(TextFit.wrapOrShorten("Nguyễnnnnnnn Văn", CHARS, 6, 2)).containsExactly("Nguyễ…");
    }
}
