package vn.congan.ceremony.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Rank;

class DelegateIntroductionTest {

    private final Conference conference = new Conference("Hội nghị tổng kết", LocalDate.of(2020, 11, 20),
            LocalTime.of(7, 30));
    private final Delegate director = Delegate.ofPerson(conference,
            new Person("Nguyễn Thế Hùng", Rank.DAI_TA, "Giám đốc Công an tỉnh", null),
            "Ủy viên Ban Thường vụ Đảng ủy, Bí thư Đảng ủy, Giám đốc Công an tỉnh", 1);
    private final Delegate deputy = Delegate.ofPerson(conference,
            new Person("Trần Quốc Bình", Rank.DAI_TA, "Phó Giám đốc Công an tỉnh", null), null, 2);
    private final Delegate guest = Delegate.guest(conference, "Hoàng Minh Tuấn", Rank.NONE,
            "Tỉnh ủy viên, Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bình An", 3);

    @Test
    void theDirectorIsIntroducedWithRankNameAndTitleLine() {
        assertThat(DelegateIntroduction.sentences(List.of(director))).containsExactly(
                "Đồng chí Đại tá Nguyễn Thế Hùng, Ủy viên Ban Thường vụ Đảng ủy, "
                        + "Bí thư Đảng ủy, Giám đốc Công an tỉnh.");
    }

    @Test
    void withoutATitleLineThePositionIsRead() {
        assertThat(DelegateIntroduction.addressWithTitle(deputy))
                .isEqualTo("đồng chí Đại tá Trần Quốc Bình, Phó Giám đốc Công an tỉnh");
    }

    @Test
    void anOutsideGuestWithoutRankIsReadWithTitleAndOrganisation() {
        assertThat(DelegateIntroduction.addressWithTitle(guest))
                .isEqualTo("đồng chí Hoàng Minh Tuấn, Tỉnh ủy viên, Phó Chủ tịch Ủy ban nhân dân tỉnh Bình An");
    }

    @Test
    void anOrganisationAlreadyInTheTitleLineIsNotRepeated() {
        Delegate g = Delegate.guest(conference, "Đỗ Thị Lan", null, "Trưởng Ban Thi đua - Khen thưởng tỉnh Bình An",
                "Ban Thi đua - Khen thưởng tỉnh Bình An", 4);
        assertThat(DelegateIntroduction.addressWithTitle(g))
                .isEqualTo("đồng chí Đỗ Thị Lan, Trưởng Ban Thi đua - Khen thưởng tỉnh Bình An");
    }

    @Test
    void aGuestWithNothingButANameIsStillAddressed() {
        Delegate g = Delegate.guest(conference, "  Lê   Văn Tám ", null, null, null, 5);
        assertThat(DelegateIntroduction.addressWithTitle(g)).isEqualTo("đồng chí Lê Văn Tám");
    }

    @Test
    void theTextFollowsTheGivenPrecedenceOrderBetweenOpeningAndClosing() {
        String text = DelegateIntroduction.text(List.of(director, guest, deputy));
        assertThat(text.split("\n")).containsExactly(
                "Về dự hội nghị hôm nay, chúng tôi xin trân trọng giới thiệu:",
                "Đồng chí Đại tá Nguyễn Thế Hùng, Ủy viên Ban Thường vụ Đảng ủy, "
                        + "Bí thư Đảng ủy, Giám đốc Công an tỉnh.",
                "Đồng chí Hoàng Minh Tuấn, Tỉnh ủy viên, Phó Chủ tịch Ủy ban nhân dân "
                        + "tỉnh Bình An.",
                "Đồng chí Đại tá Trần Quốc Bình, Phó Giám đốc Công an tỉnh.",
                DelegateIntroduction.CLOSING);
    }

    @Test
    void noDelegatesNoText() {
        assertThat(DelegateIntroduction.text(List.of())).isEmpty();
    }
}
