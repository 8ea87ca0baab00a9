package vn.congan.ceremony.print.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;

/** A box the renderer cannot draw honestly is refused, with a Vietnamese message naming the field. */
class FieldBoxTest {

    @Test
    void aFontSizeOfZeroIsRefusedInsteadOfPrintingNothingThatFits() {
        assertThatThrownBy(() -> box(100, 14, 0, 0)).isInstanceOf(InvalidFieldBoxException.class)
                .satisfies(e -> assertThat(vietnamese(e)).isEqualTo(
                        "Ô \"Người, đơn vị nhận\": cỡ chữ phải từ 4 đến 200 pt."));
        assertThatThrownBy(() -> box(100, 14, 3.5f, 3.5f)).isInstanceOf(InvalidFieldBoxException.class);
        assertThatThrownBy(() -> box(100, 14, 250, 12)).isInstanceOf(InvalidFieldBoxException.class);
        assertThatThrownBy(() -> box(100, 14, Float.NaN, 12)).isInstanceOf(InvalidFieldBoxException.class);
    }

    @Test
    void theSmallestSizeMustBePositiveAndNotAboveTheSize() {
        assertThatThrownBy(() -> box(100, 14, 21, 0)).isInstanceOf(InvalidFieldBoxException.class)
                .satisfies(e -> assertThat(vietnamese(e)).isEqualTo(
                        "Ô \"Người, đơn vị nhận\": cỡ chữ nhỏ nhất phải từ 4 pt đến cỡ chữ của ô (21 pt)."));
        assertThatThrownBy(() -> box(100, 14, 12.5f, 13)).isInstanceOf(InvalidFieldBoxException.class)
                .satisfies(e -> assertThat(vietnamese(e)).endsWith("đến cỡ chữ của ô (12,5 pt)."));
    }

    @Test
    void aBoxNeedsAWidthAndAHeight() {
        for (double[] size : new double[][] {{0, 14}, {100, 0}, {-5, 14}, {100, Double.NaN}}) {
            assertThatThrownBy(() -> box(size[0], size[1], 21, 13)).isInstanceOf(InvalidFieldBoxException.class)
                    .satisfies(e -> assertThat(vietnamese(e)).isEqualTo(
                            "Ô \"Người, đơn vị nhận\": chiều rộng và chiều cao phải lớn hơn 0 mm."));
        }
    }

    @Test
    void aColourThatIsNotRrggbbIsRefusedInVietnamese() {
        assertThatThrownBy(() -> box(100, 14, 21, 13).withColour("đỏ")).isInstanceOf(InvalidFieldBoxException.class)
                .satisfies(e -> assertThat(vietnamese(e)).startsWith("Ô \"Người, đơn vị nhận\": màu \"đỏ\""));
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        assertThatCode(() -> box(0.1, 0.1, 4, 4)).doesNotThrowAnyException();
        assertThatCode(() -> box(100, 14, 200, 4)).doesNotThrowAnyException();
        assertThatCode(() -> box(100, 14, 21, 21)).doesNotThrowAnyException();
    }

    @Test
    void scalingToATinyOrHugeSheetKeepsTheTypeWithinBounds() {
        FieldBox tiny = box(100, 14, 21, 13).scaled(0.1);
        assertThat(tiny.size()).isEqualTo(FieldBox.MIN_SIZE);
        assertThat(tiny.minSize()).isEqualTo(FieldBox.MIN_SIZE);
        FieldBox huge = box(100, 14, 46, 28).scaled(10);
        assertThat(huge.size()).isEqualTo(FieldBox.MAX_SIZE);
        assertThat(huge.minSize()).isEqualTo(FieldBox.MAX_SIZE);
        assertThat(box(100, 14, 21, 13).scaled(2).size()).isEqualTo(42);
    }

    private static FieldBox box(double width, double height, float size, float minSize) {
        return FieldBox.of(FieldKey.RECIPIENT, 30, 81, width, height, Face.SERIF_BOLD, size, minSize, Alignment.CENTER);
    }

    private static String vietnamese(Throwable e) {
        return VietnameseMessages.of(e);
    }
}
