package vn.congan.ceremony.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormTest {

    @Test
    void theDirectorSignsAndReportsToTheMinistry() {
        ReportForm form = ReportForm.of("Bộ Công an", "Công an tỉnh Bình An", "PV01", "Giám đốc Công an tỉnh",
                "Đại tá Nguyễn Thế Hùng");
        assertThat(form.numberSuffix()).isEqualTo("BC-CAT-PV01");
        assertThat(form.capacityLines()).containsExactly("GIÁM ĐỐC");
        assertThat(form.signerName()).isEqualTo("Đại tá Nguyễn Thế Hùng");
        assertThat(form.recipients()).containsExactly("- Bộ Công an (để b/c);", "- Lưu: VT, PV01.");
    }

    @Test
    void aDeputySignsOnTheDirectorsBehalfAndReportsToTheBoard() {
        ReportForm form = ReportForm.of("Bộ Công an", "Công an thành phố Hải Phòng", null, "Phó Giám đốc",
                "Thượng tá Trần Văn Bình");
        assertThat(form.numberSuffix()).isEqualTo("BC-CATP");
        assertThat(form.capacityLines()).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(form.recipients()).containsExactly("- Ban Giám đốc (để b/c);", "- Lưu: VT.");
    }

    @Test
    void withoutAChairTheDirectorsCapacityStaysWithRoomForTheName() {
        ReportForm form = ReportForm.of(null, "Công an tỉnh Bình An", "PX03", null, null);
        assertThat(form.capacityLines()).containsExactly("GIÁM ĐỐC");
        assertThat(form.signerName()).isNull();
        assertThat(form.recipients()).containsExactly("- Ban Giám đốc (để b/c);", "- Lưu: VT, PX03.");
    }
}
