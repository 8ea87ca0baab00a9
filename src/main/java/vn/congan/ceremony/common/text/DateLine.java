package vn.congan.ceremony.common.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates as Vietnamese administrative documents write them (Decree 30/2020/NĐ-CP):
 * days below 10 and the months 1 and 2 take a leading zero.
 */
public final class DateLine {

    private DateLine() {
    }

    /** "ngày 05 tháng 02 năm 2020". */
    public static String date(LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month <= 2 ? String.format("%02d", month) : Integer.toString(month);
        return String.format("ngày %02d tháng %s năm %d", date.getDayOfMonth(), monthText, date.getYear());
    }

    /**
     * A date for the screen in the user's language: the Vietnamese form ("ngày 20 tháng 11 năm
     * 2020") for Vietnamese, the language's long form ("November 20, 2020") otherwise.
     */
    public static String date(LocalDate date, Locale locale) {
        if (locale == null || "vi".equals(locale.getLanguage())) {
            return date(date);
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale).format(date);
    }

    /** "Hải Dương, ngày 05 tháng 02 năm 2020". */
    public static String placeAndDate(String place, LocalDate date) {
        String cleaned = VietText.cleanToNull(place);
        return cleaned == null ? capitalise(date(date)) : cleaned + ", " + date(date);
    }

    /** "20/11/2020" as used in tables and lists. */
    public static String shortDate(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** "08:05" for agenda times; "8 giờ 05" is for speech, see {@link #spokenTime(LocalTime)}. */
    public static String time(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** "8 giờ 05" as the MC reads a time aloud, "8 giờ" on the hour. */
    public static String spokenTime(LocalTime time) {
        return time.getMinute() == 0
                ? time.getHour() + " giờ"
                : String.format("%d giờ %02d", time.getHour(), time.getMinute());
    }

    /**
     * "07 giờ 30" as a printed document writes a time (programme, invitations): two-digit hour,
     * "08 giờ 00" on the hour.
     */
    public static String documentTime(LocalTime time) {
        return String.format("%02d giờ %02d", time.getHour(), time.getMinute());
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
