package vn.congan.ceremony.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

/** The demo's programme as printed: the chair, and the presenters of the stage order in the award row. */
@Tag("db")
class ProgrammeServiceTest extends AbstractSpringTest {

    @Autowired
    ProgrammeService programme;
    @Autowired
    ConferenceService conferences;

    @Test
    void theDemoProgrammeNamesItsChairAndEveryLeaderWhoHandsOverOnce() throws IOException {
        byte[] pdf = programme.programmePdf(conferences.current().orElseThrow());
        Files.write(Path.of("target/programme-demo.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> lines = stripper.getText(doc).replace('\u00A0', ' ').lines().map(String::strip).toList();
            int venue = lines.indexOf("Địa điểm: Hội trường Công an tỉnh Bình An");
            assertThat(lines.get(venue + 1)).isEqualTo("Chủ trì: Đại tá Nguyễn Thế Hùng, Giám đốc Công an tỉnh");
            int before = lines.indexOf("09 giờ 15 Công bố quyết định khen thưởng Chánh Văn phòng Công an tỉnh");
            int after = lines.indexOf("10 giờ 05 Phát biểu chỉ đạo Đại tá Nguyễn Thế Hùng");
            // the Director hands over the Minister's Bằng khen, his three deputies the Giấy khen by turns
            assertThat(String.join(" ", lines.subList(before + 1, after)).replace("09 giờ 25 Trao khen thưởng ", ""))
                    .as(String.join("\n", lines))
                    .isEqualTo("Đại tá Nguyễn Thế Hùng Đại tá Trần Quốc Bình Thượng tá Lê Văn Ước Thượng tá Phạm Thị Ánh");
        }
    }
}
