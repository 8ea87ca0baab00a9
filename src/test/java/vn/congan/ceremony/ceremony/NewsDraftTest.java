package vn.congan.ceremony.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.award.AwardCount;

class NewsDraftTest {

    @Test
    void thePublishableDraftLeavesOutTheNoteForTheOrganizers() {
        String draft = "Sáng 20/11/2020, ...\n\nTại hội nghị, ..." + "\n\n" + NewsDraft.INTERNAL_NOTE
                + "2 vắng mặt, 1 nhận thay.)";
        assertThat(NewsDraft.publishable(draft)).isEqualTo("Sáng 20/11/2020, ...\n\nTại hội nghị, ...");
        assertThat(NewsDraft.publishable("Sáng 20/11/2020, ...")).isEqualTo("Sáng 20/11/2020, ...");
    }

    @Test
    void countsReadAsTheArticleWritesThem() {
        assertThat(NewsDraft.countPhrase(38, 96)).isEqualTo("38 tập thể, 96 cá nhân");
        assertThat(NewsDraft.countPhrase(3, 0)).isEqualTo("3 tập thể");
        assertThat(NewsDraft.countPhrase(0, 5)).isEqualTo("5 cá nhân");
    }

    @Test
    void anAfternoonCeremonyWithOneFormAndNoVenue() {
        CeremonySummary s = new CeremonySummary(null, "Công an tỉnh Bình An", "Bình An", "Hội nghị sơ kết",
                LocalDate.of(2021, 2, 5), LocalTime.of(14, 0), null, null, null, null,
                List.of(new AwardCount(1L, "Giấy khen của Giám đốc Công an tỉnh", 40, 0, 12)), 0, List.of(), List.of(),
                List.of(), true, null, null);
        assertThat(NewsDraft.compose(s)).isEqualTo("Chiều ngày 05/02/2021, Công an tỉnh Bình An tổ chức Hội nghị sơ kết."
                + "\n\nTại hội nghị, Công an tỉnh Bình An đã công bố các quyết định khen thưởng và trao Giấy khen của "
                + "Giám đốc Công an tỉnh cho 12 cá nhân có thành tích xuất sắc trong phong trào.");
    }

    @Test
    void beforeTheCeremonyHasEndedNothingIsInThePastTense() {
        CeremonySummary before = new CeremonySummary(null, "Công an tỉnh Bình An", "Bình An", "Hội nghị sơ kết",
                LocalDate.of(2021, 2, 5), LocalTime.of(8, 0), "Hội trường A", "Đại tá Nguyễn Thế Hùng, Giám đốc",
                null, null, List.of(new AwardCount(1L, "Giấy khen của Giám đốc Công an tỉnh", 40, 2, 12)), 0,
                List.of(), List.of(), List.of(), false, null, null);
        String draft = NewsDraft.compose(before);
        assertThat(draft).doesNotContain("đã ", "Đã ", "diễn ra")
                .contains("Tại hội nghị, Công an tỉnh Bình An công bố các quyết định khen thưởng và trao Giấy khen "
                        + "của Giám đốc Công an tỉnh cho 2 tập thể, 12 cá nhân");
        CeremonySummary after = new CeremonySummary(null, "Công an tỉnh Bình An", "Bình An", "Hội nghị sơ kết",
                LocalDate.of(2021, 2, 5), LocalTime.of(8, 0), "Hội trường A", "Đại tá Nguyễn Thế Hùng, Giám đốc",
                null, null, before.counts(), 0, List.of(), List.of(), List.of(), true, null, null);
        assertThat(NewsDraft.compose(after)).contains("Công an tỉnh Bình An đã công bố các quyết định");
    }
}
