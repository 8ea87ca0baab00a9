package vn.congan.ceremony.common.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;

/** The fitter's width table gives exactly what the font gives, letter for letter and in points. */
class PdfFontWidthsTest {

    private static final String VIETNAMESE = "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY aăâbcdđeêghiklmnoôơpqrstuưvxy "
            + "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ "
            + "ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ "
            + "0123456789 ,.;:-–—/()\"'“”‘’%&?!№ Số vào sổ: 1234/QĐ-CAT-PV01-001 \u00a0\t𝔸";

    @Test
    void everyFaceMeasuresAsTheFontDoes() {
        for (Face face : Face.values()) {
            BaseFont font = PdfFonts.base(face);
            assertThat(PdfFonts.units(face, VIETNAMESE)).as(face.name()).isEqualTo(font.getWidth(VIETNAMESE));
            for (int i = 0; i < VIETNAMESE.length(); i++) {
                String one = VIETNAMESE.substring(i, i + 1);
                assertThat(PdfFonts.units(face, one)).as(face + " " + one).isEqualTo(font.getWidth(one));
            }
            for (float size : new float[] {4f, 11.5f, 13f, 27.5f, 36.77f, 200f}) {
                String text = "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao";
                assertThat(PdfFonts.widthPoint(face, text, size)).isEqualTo(font.getWidthPoint(text, size));
            }
        }
        assertThat(PdfFonts.units(Face.SERIF, "")).isZero();
    }
}
