package vn.congan.ceremony.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.award.importer.ListWorkbook;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.spreadsheet.CleanedCell;
import vn.congan.ceremony.common.spreadsheet.ListColumn;

/** The attendee list as offices hand it over, read by the shared spreadsheet reader. */
class SeatingAttendeeParserTest {

    /** A guest list with the usual top, a header in capitals, a column numbering line, a section row and a total. */
    static ListWorkbook guestList() {
        ListWorkbook wb = new ListWorkbook(4);
        wb.row("CÔNG AN TỈNH BÌNH AN", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        wb.blank();
        wb.merged("DANH SÁCH HỌ TÊN KHÁCH MỜI DỰ HỘI NGHỊ");
        wb.row("STT", "HỌ TÊN", "Chức vụ", "Cơ quan, đơn vị");
        wb.row("(1)", "(2)", "(3)", "(4)");
        wb.merged("I. CƠ QUAN BÁO CHÍ");
        wb.row(1, "Nguyễn Thị Lan", "Phóng viên", "Báo Bình An");
        wb.row(2, "Trần Văn Nam", "Quay phim", "Đài Phát thanh - Truyền hình tỉnh");
        wb.blank();
        wb.merged("II. CÁC CƠ QUAN, ĐƠN VỊ BẠN");
        wb.row(3, "Lê Minh Tâm", null, "Sở Nội vụ tỉnh");
        wb.row(4, "Phạm Quốc Việt", "Phó Trưởng ban", null);
        wb.row(5, null, null, null);
        wb.row(null, "Tổng cộng: 4 người");
        wb.row(null, null, "NGƯỜI LẬP BIỂU");
        return wb;
    }

    @Test
    void aGuestListIsReadBelowItsHeaderSkippingTitlesSectionsBlankRowsAndTheTotal() {
        AttendeeList list = AttendeeListParser.file("khach-moi.xlsx", guestList().xlsx());

        assertThat(list.sheetName()).isEqualTo("Danh sách");
        assertThat(list.headerRow()).isEqualTo(4);
        assertThat(list.entries()).extracting(AttendeeList.Entry::line, AttendeeList.Entry::name,
                AttendeeList.Entry::organisation).containsExactly(
                        tuple(7, "Nguyễn Thị Lan", "Phóng viên, Báo Bình An"),
                        tuple(8, "Trần Văn Nam", "Quay phim, Đài Phát thanh - Truyền hình tỉnh"),
                        tuple(11, "Lê Minh Tâm", "Sở Nội vụ tỉnh"),
                        tuple(12, "Phạm Quốc Việt", "Phó Trưởng ban"));
    }

    @Test
    void theSameListAsCsvWithSemicolonsAndABomGivesTheSameNames() {
        byte[] csv = ("\uFEFF" + guestList().csvText(';')).getBytes(StandardCharsets.UTF_8);
        AttendeeList list = AttendeeListParser.file("khach-moi.csv", csv);
        assertThat(list.entries()).extracting(AttendeeList.Entry::name)
                .containsExactly("Nguyễn Thị Lan", "Trần Văn Nam", "Lê Minh Tâm", "Phạm Quốc Việt");
    }

    @Test
    void aOneColumnListNeedsExactlyANameHeaderNotATitleContainingIt() {
        byte[] csv = "Danh sách họ và tên khách mời\r\n\r\nHọ và tên\r\nNguyễn Văn An\r\n\r\nĐỗ Thị Hà\r\n"
                .getBytes(StandardCharsets.UTF_8);
        AttendeeList list = AttendeeListParser.file("ds.csv", csv);
        assertThat(list.headerRow()).isEqualTo(3);
        assertThat(list.entries()).extracting(AttendeeList.Entry::name).containsExactly("Nguyễn Văn An", "Đỗ Thị Hà");
        assertThat(list.entries()).extracting(AttendeeList.Entry::organisation).containsOnlyNulls();
    }

    @Test
    void anEmptyNumberColumnDoesNotHideTheNames() {
        byte[] csv = "STT,Họ và tên,Đơn vị\r\n,Nguyễn Văn An,Báo Công an\r\n,Đỗ Thị Hà,\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(AttendeeListParser.file("ds.csv", csv).entries()).extracting(AttendeeList.Entry::name)
                .containsExactly("Nguyễn Văn An", "Đỗ Thị Hà");
    }

    @Test
    void badFilesAreRefusedWithTheirOwnMessage() {
        assertRefused("anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0},
                "spreadsheet.error.notSpreadsheet");
        assertRefused("ds.xlsx", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1), "spreadsheet.error.corrupt");
        assertRefused("ds.xlsx", new byte[10 * 1024 * 1024 + 1], "spreadsheet.error.tooLarge");
        assertRefused("ds.csv", " \r\n".getBytes(StandardCharsets.UTF_8), "spreadsheet.error.empty");
        assertRefused("ds.xlsx", new ListWorkbook(2).row("Số", "Người").row(1, "An").xlsx(),
                "seating.attendees.error.noHeader");
        assertRefused("ds.csv", "Danh sách họ và tên khách mời\r\nNguyễn Văn An\r\n".getBytes(StandardCharsets.UTF_8),
                "seating.attendees.error.noHeader");
        assertRefused("ds.csv", "STT,Họ và tên,Đơn vị\r\n\r\nTổng cộng: 0\r\n".getBytes(StandardCharsets.UTF_8),
                "seating.attendees.error.noNames");
        assertRefused("ds.csv", "STT,Họ và tên,Đơn vị\r\n1,An,Báo\r\n2,,Sở Nội vụ\r\n".getBytes(StandardCharsets.UTF_8),
                "seating.attendees.error.missingName");
    }

    @Test
    void moreNamesThanAllowedAtOnceAreRefused() {
        StringBuilder csv = new StringBuilder("Họ và tên\r\n");
        for (int i = 0; i <= AttendeeListParser.MAX_NAMES; i++) {
            csv.append("Khách ").append(i).append("\r\n");
        }
        assertRefused("ds.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "seating.attendees.error.tooMany");
    }

    @Test
    void aNameThatIsAFormulaWithoutItsResultIsRefusedNamingTheCell() {
        byte[] xlsx = new ListWorkbook(3).row("STT", "Họ và tên", "Đơn vị")
                .row(1, "Đỗ Thị Hà", "Báo Bình An")
                .row(2, new ListWorkbook.Formula("\"Lê \"&\"An\""), "Sở Nội vụ").xlsx();

        assertThatThrownBy(() -> AttendeeListParser.file("khach.xlsx", xlsx))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("seating.attendees.error.formulaWithoutValue");
                    assertThat(e.getArguments()).containsExactly(3, "B3");
                });
    }

    @Test
    void pastedLinesAreOneNameEachAndCellsCopiedFromExcelGiveTheAgency() {
        AttendeeList list = AttendeeListParser.lines("Họ và tên\n  Nguyễn   Văn An \r\n\n1\tĐỗ Thị Hà\tPhóng viên\tBáo Bình An\n");
        assertThat(list.entries()).extracting(AttendeeList.Entry::line, AttendeeList.Entry::name,
                AttendeeList.Entry::organisation).containsExactly(
                        tuple(2, "Nguyễn Văn An", null),
                        tuple(4, "Đỗ Thị Hà", "Phóng viên, Báo Bình An"));
        assertThat(AttendeeListParser.lines(" \n\n").entries()).isEmpty();
    }

    @Test
    void hiddenCharactersArePastedAwayAndEachLineSaysWhatItLost() {
        AttendeeList list = AttendeeListParser.lines("Võ\u202E Thị\u0007 Mai\tPhóng viên\u200B\tBáo Công an\n"
                + "1\tĐinh Văn Hải\n");

        assertThat(list.entries()).extracting(AttendeeList.Entry::name, AttendeeList.Entry::organisation)
                .containsExactly(tuple("Võ Thị Mai", "Phóng viên, Báo Công an"), tuple("Đinh Văn Hải", null));
        assertThat(list.cleanedEntries()).hasSize(1);
        assertThat(list.entries().get(0).cleaned()).extracting(CleanedCell::column, CleanedCell::codes)
                .containsExactly(tuple(ListColumn.NAME, "U+202E, U+0007"), tuple(ListColumn.POSITION_UNIT, "U+200B"));
    }

    @Test
    void hiddenCharactersInAFileAreRemovedAndReportedByRow() {
        byte[] csv = "STT;Họ và tên;Cơ quan;Ghi chú\r\n1;Nguyễn\u202EVăn\u0007 An;Báo\u2066 Nhân dân;x\u200B\r\n"
                .getBytes(StandardCharsets.UTF_8);

        AttendeeList.Entry entry = AttendeeListParser.file("khach.csv", csv).entries().get(0);

        assertThat(entry.name()).isEqualTo("NguyễnVăn An");
        assertThat(entry.organisation()).isEqualTo("Báo Nhân dân");
        assertThat(entry.line()).isEqualTo(2);
        assertThat(entry.cleaned()).as("the note column is not read, so not reported")
                .extracting(CleanedCell::column, CleanedCell::codes)
                .containsExactly(tuple(ListColumn.NAME, "U+202E, U+0007"), tuple(ListColumn.UNIT, "U+2066"));
    }

    @Test
    void aCombinedPositionAndUnitColumnGivesTheAgency() {
        byte[] xlsx = new ListWorkbook(3).row("STT", "Họ và tên", "Chức vụ, đơn vị công tác")
                .row(1, "Đỗ Thị Hà", "Phóng viên, Báo Bình An").xlsx();

        assertThat(AttendeeListParser.file("khach.xlsx", xlsx).entries()).extracting(AttendeeList.Entry::organisation)
                .containsExactly("Phóng viên, Báo Bình An");
    }

    private static void assertRefused(String fileName, byte[] content, String key) {
        assertThatThrownBy(() -> AttendeeListParser.file(fileName, content))
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).getMessageKey()).isEqualTo(key);
    }
}
