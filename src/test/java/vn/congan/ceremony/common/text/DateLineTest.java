package vn.congan.ceremony.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateLineTest {

    @Test
    void daysBelowTenAndMonthsOneAndTwoTakeALeadingZero() {
        assertThat(DateLine.placeAndDate("Hải Dương", LocalDate.of(2020, 2, 5)))
                .isEqualTo("Hải Dương, ngày 05 tháng 02 năm 2020");
        assertThat(DateLine.placeAndDate("Hà Nội", LocalDate.of(2020, 1, 15)))
                .isEqualTo("Hà Nội, ngày 15 tháng 01 năm 2020");
    }

    @Test
    void otherMonthsHaveNoLeadingZero() {
        assertThat(DateLine.date(LocalDate.of(2020, 11, 20))).isEqualTo("ngày 20 tháng 11 năm 2020");
        assertThat(DateLine.date(LocalDate.of(2020, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2020");
    }

    @Test
    void withoutAPlaceTheLineStartsWithACapital() {
        assertThat(DateLine.placeAndDate("  ", LocalDate.of(2020, 11, 20))).isEqualTo("Ngày 20 tháng 11 năm 2020");
    }

    @Test
    void timesAsPrintedAndAsSpoken() {
        assertThat(DateLine.time(LocalTime.of(8, 5))).isEqualTo("08:05");
        assertThat(DateLine.spokenTime(LocalTime.of(8, 5))).isEqualTo("8 giờ 05");
        assertThat(DateLine.spokenTime(LocalTime.of(14, 0))).isEqualTo("14 giờ");
    }

    @Test
    void onScreenTheDateFollowsTheUsersLanguage() {
        LocalDate day = LocalDate.of(2020, 11, 20);
        org.assertj.core.api.Assertions.assertThat(DateLine.date(day, new Locale("vi")))
                .isEqualTo("ngày 20 tháng 11 năm 2020");
        org.assertj.core.api.Assertions.assertThat(DateLine.date(day, Locale.ENGLISH))
                .isEqualTo("November 20, 2020");
    }
}
