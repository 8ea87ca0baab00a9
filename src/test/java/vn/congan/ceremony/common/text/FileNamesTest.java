package vn.congan.ceremony.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aFileNameSaysWhatTheFileIsInPlainAsciiWords() {
        assertThat(FileNames.of("pdf", "Kịch bản MC", LocalDate.of(2020, 11, 20)))
                .isEqualTo("kich-ban-mc-2020-11-20.pdf");
        assertThat(FileNames.of("pdf", "Quyết định số 1234/QĐ-CAT-PV01", null))
                .isEqualTo("quyet-dinh-so-1234-qd-cat-pv01.pdf");
        assertThat(FileNames.of("pdf", "  ")).isEqualTo("tai-lieu.pdf");
        assertThat(FileNames.of("xlsx", "Đ".repeat(300))).hasSize(105).endsWith("d.xlsx");
    }
}
