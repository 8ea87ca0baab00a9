package vn.congan.ceremony.award.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.award.RecipientKind;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.spreadsheet.CleanedCell;
import vn.congan.ceremony.common.spreadsheet.ListColumn;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.organisation.Rank;

class RecipientListParserTest {

    private final RecipientListParser parser = new RecipientListParser();

    @Test
    void aListShapedLikeTheRealOneGives38CollectivesAnd96IndividualsAndNothingElse() {
        RealListFixture fixture = new RealListFixture();

        ParsedList list = parser.parse("danh-sach.xlsx", fixture.workbook.xlsx());

        assertThat(list.collectives()).isEqualTo(38);
        assertThat(list.individuals()).isEqualTo(96);
        assertThat(list.rows()).noneMatch(ParsedRecipient::hasProblems);
        assertThat(list.rows().stream().filter(ParsedRecipient::isCollective).map(ParsedRecipient::name))
                .containsExactlyElementsOf(fixture.collectiveNames);
        assertThat(list.rows().stream().filter(r -> !r.isCollective()).map(ParsedRecipient::name))
                .containsExactlyElementsOf(fixture.individualNames);
        assertThat(list.headerRowNumber()).isEqualTo(7);
        assertThat(list.sheetName()).isEqualTo("Danh sách");
    }

    @Test
    void theSameListAsALegacyXlsReadsTheSame() {
        RealListFixture fixture = new RealListFixture();

        ParsedList xls = parser.parse("danh-sach.xls", fixture.workbook.xls());
        ParsedList xlsx = parser.parse("danh-sach.xlsx", fixture.workbook.xlsx());

        assertThat(xls.collectives()).isEqualTo(38);
        assertThat(xls.individuals()).isEqualTo(96);
        assertThat(xls.headerRowNumber()).isEqualTo(7);
        assertThat(xls.sheetName()).isEqualTo("Danh sách");
        assertThat(xls.rows()).isEqualTo(xlsx.rows());
    }

    @Test
    void textIsNormalisedAndRanksReadInEitherTonePlacementAndAnyCase() {
        ParsedList list = parser.parse("ds.xlsx", new RealListFixture().workbook.xlsx());
        List<ParsedRecipient> people = list.rows().stream().filter(r -> !r.isCollective()).toList();

        assertThat(people.get(0).rank()).isEqualTo(Rank.DAI_UY);       // "Đại uý"
        assertThat(people.get(1).rank()).isEqualTo(Rank.THUONG_UY);    // "Thượng úy"
        assertThat(people.get(2).rank()).isEqualTo(Rank.THIEU_TA);     // "THIẾU TÁ"
        assertThat(people.get(3).rank()).isEqualTo(Rank.TRUNG_UY);     // "trung  uý"
        for (ParsedRecipient person : people) {
            assertThat(Normalizer.isNormalized(person.name(), Normalizer.Form.NFC)).isTrue();
            assertThat(person.name()).doesNotContain("  ")
                    .isEqualTo(person.name().trim());
            assertThat(person.personName()).isEqualTo(PersonName.parse(person.name()));
            assertThat(person.kind()).isEqualTo(RecipientKind.INDIVIDUAL);
        }
        assertThat(people.get(0).position()).isEqualTo("Cán bộ");
        assertThat(people.get(3).unitName()).isEqualTo("Phòng Cảnh sát hình sự");
    }

    @Test
    void titleRowsSectionRowsTotalLineAndSignatureNeverBecomeRecipients() {
        ParsedList list = parser.parse("ds.xlsx", new RealListFixture().workbook.xlsx());

        assertThat(list.rows()).extracting(ParsedRecipient::name).noneMatch(n -> n.contains("TẬP THỂ")
                || n.contains("CÁ NHÂN") || n.contains("Tổng cộng") || n.contains("GIÁM ĐỐC")
                || n.contains("Nguyễn Thế Hùng") || n.contains("Độc lập") || n.contains("(2)"));
    }

    @Test
    void headersAreMatchedLooselyAndCollectivesAreInferredFromTheNameHeader() {
        byte[] xlsx = new ListWorkbook(5)
                .row("  s.t.t ", "TÊN TẬP THỂ", "ghi   chú")
                .row(1, "Phòng Hậu cần", null)
                .row(2.0, "Phòng Cảnh sát kinh tế", "xuất sắc")
                .xlsx();

        ParsedList list = parser.parse("tap-the.xlsx", xlsx);

        assertThat(list.rows()).extracting(ParsedRecipient::kind)
                .containsExactly(RecipientKind.COLLECTIVE, RecipientKind.COLLECTIVE);
        assertThat(list.rows().get(1).note()).isEqualTo("xuất sắc");
    }

    @Test
    void headerVariantsWithoutDiacriticsAndInNfdAreRecognised() {
        for (String[] header : List.of(
                new String[] {"TT", "Họ tên", "Cấp bậc", "Chức vụ", "Đơn vị công tác"},
                new String[] {"Số TT", "HO VA TEN", "CAP BAC", "CHUC VU", "DON VI"},
                Arrays.stream(ListWorkbook.HEADER).map(ListWorkbook::nfd).toArray(String[]::new),
                new String[] {"STT", "Họ và tên / Tên tập thể", "Cấp  bậc", "Chức danh", "Nơi công tác"})) {
            byte[] xlsx = new ListWorkbook(6).row((Object[]) header)
                    .row(1, "Nguyễn Văn An", "Đại úy", "Cán bộ", "Phòng Hậu cần").xlsx();

            ParsedRecipient row = parser.parse("x.xlsx", xlsx).rows().get(0);

            assertThat(row.name()).as(String.join("|", header)).isEqualTo("Nguyễn Văn An");
            assertThat(row.rank()).isEqualTo(Rank.DAI_UY);
            assertThat(row.position()).isEqualTo("Cán bộ");
            assertThat(row.unitName()).isEqualTo("Phòng Hậu cần");
        }
    }

    @Test
    void aSectionSplitOverTheNumberAndNameColumnsSwitchesTheKind() {
        byte[] xlsx = new ListWorkbook(6).header()
                .row("A", "Khen thưởng tập thể")
                .row(1, "Phòng Hậu cần")
                .row("B", "Khen thưởng cá nhân")
                .row(1, "Lê Thị Hoa", "Trung úy", "Cán bộ", "Phòng Hậu cần")
                .xlsx();

        assertThat(parser.parse("x.xlsx", xlsx).rows()).extracting(ParsedRecipient::kind, ParsedRecipient::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RecipientKind.COLLECTIVE, "Phòng Hậu cần"),
                        org.assertj.core.groups.Tuple.tuple(RecipientKind.INDIVIDUAL, "Lê Thị Hoa"));
    }

    @Test
    void aUnitMergedDownOverSeveralPeopleBelongsToEachOfThem() {
        byte[] xlsx = new ListWorkbook(6).header()
                .row(1, "Lê Văn Ba", "Đại úy", "Cán bộ", "Phòng Cảnh sát giao thông")
                .row(2, "Trần Thị Tư", "Thiếu úy", "Cán bộ", null)
                .row(3, "Phạm Văn Năm", "Trung úy", "Cán bộ", null)
                .mergeDown(4, 3)
                .xlsx();

        assertThat(parser.parse("x.xlsx", xlsx).rows()).extracting(ParsedRecipient::unitName)
                .containsOnly("Phòng Cảnh sát giao thông").hasSize(3);
    }

    @Test
    void problemsAreReportedPerRow() {
        byte[] xlsx = new ListWorkbook(6).header()
                .row(1, "Nguyễn Văn An", "Đại úi", "Cán bộ", "Phòng Hậu cần")
                .row(2, null, "Đại úy", "Cán bộ", "Phòng Hậu cần")
                .row(3, "Lê Văn Bình", "Đại úy", "Cán bộ", "Phòng Hậu cần")
                .row(4, "LÊ  VĂN BÌNH", "Đại uý", "Cán bộ", "phòng hậu cần")
                .row(5, "Lê Văn Bình", "Đại úy", "Cán bộ", "Phòng Cảnh sát kinh tế")
                .xlsx();

        List<ParsedRecipient> rows = parser.parse("x.xlsx", xlsx).rows();

        assertThat(rows).extracting(ParsedRecipient::problems).containsExactly(
                List.of(ImportProblem.UNKNOWN_RANK), List.of(ImportProblem.MISSING_NAME), List.of(),
                List.of(ImportProblem.DUPLICATE_IN_FILE), List.of());
        assertThat(rows.get(0).rankText()).isEqualTo("Đại úi");
        assertThat(rows.get(0).rowNumber()).isEqualTo(2);
    }

    @Test
    void hiddenCharactersAreRemovedFromEveryCellAndReportedPerRowInAnXlsx() {
        byte[] xlsx = new ListWorkbook(6).header()
                .row(1, "Nguyễn\u202EVăn\u2066 An", "Đại úy", "Cán\u200B bộ", "Phòng\u200D Hậu cần\uFEFF")
                .row(2, "Lê Văn Bình", "Đại úy", "Cán bộ", "Phòng Hậu cần")
                .xlsx();

        List<ParsedRecipient> rows = parser.parse("x.xlsx", xlsx).rows();

        ParsedRecipient first = rows.get(0);
        assertThat(first.name()).isEqualTo("NguyễnVăn An");
        assertThat(first.personName()).isEqualTo(new PersonName("NguyễnVăn", "", "An"));
        assertThat(first.position()).isEqualTo("Cán bộ");
        assertThat(first.unitName()).isEqualTo("Phòng Hậu cần");
        assertThat(first.problems()).as("cleaned, still importable").isEmpty();
        assertThat(first.cleaned()).extracting(CleanedCell::column, CleanedCell::codes).containsExactly(
                tuple(ListColumn.NAME, "U+202E, U+2066"), tuple(ListColumn.POSITION, "U+200B"),
                tuple(ListColumn.UNIT, "U+200D, U+FEFF"));
        assertThat(rows.get(1).cleaned()).isEmpty();
    }

    @Test
    void aControlCharacterAnXlsxHoldsAsAnExcelEscapeIsRemovedToo() {
        // XML 1.0 has no BEL or ESC: Excel stores them as "_x0007_", "_x001B_", and reading decodes them
        byte[] xlsx = new ListWorkbook(6).header()
                .row(1, "Nguyễn Văn_x0007_ An", "Đại úy", "Cán bộ", "Phòng_x001B_ Hậu cần").xlsx();

        ParsedRecipient row = parser.parse("x.xlsx", xlsx).rows().get(0);

        assertThat(row.name()).isEqualTo("Nguyễn Văn An");
        assertThat(row.unitName()).isEqualTo("Phòng Hậu cần");
        assertThat(row.cleaned()).extracting(CleanedCell::column, CleanedCell::codes)
                .containsExactly(tuple(ListColumn.NAME, "U+0007"), tuple(ListColumn.UNIT, "U+001B"));
    }

    @Test
    void hiddenCharactersInACsvAreRemovedAndReportedToo() {
        byte[] csv = ("STT,Họ và tên,Cấp bậc,Chức vụ,Đơn vị\r\n"
                + "1,\u2066Trần Thị\u2069 Hoa\u0007,Thiếu úy,Cán bộ,Phòng Hậu cần\r\n").getBytes(StandardCharsets.UTF_8);

        ParsedRecipient row = parser.parse("x.csv", csv).rows().get(0);

        assertThat(row.name()).isEqualTo("Trần Thị Hoa");
        assertThat(row.cleaned()).extracting(CleanedCell::column, CleanedCell::codes)
                .containsExactly(tuple(ListColumn.NAME, "U+2066, U+2069, U+0007"));
    }

    @Test
    void aFormulaSavedWithoutItsResultIsAProblemRowNotASkippedOne() {
        byte[] xlsx = new ListWorkbook(6).header()
                .row(1, "Nguyễn Văn An", "Đại úy", "Cán bộ", "Phòng Hậu cần")
                .row(2, new ListWorkbook.Formula("\"Lê \"&\"Văn Bình\""), "Đại úy", "Cán bộ", "Phòng Hậu cần")
                .row(3, new ListWorkbook.Formula("\"Trần \"&\"Văn Cường\""), "Đại úy", "Cán bộ", "Phòng Hậu cần")
                .row(new ListWorkbook.Formula("A4+1"), "Phạm Thị Dung", "Trung úy", "Cán bộ", "Phòng Hậu cần")
                .xlsx();

        List<ParsedRecipient> rows = parser.parse("x.xlsx", xlsx).rows();

        assertThat(rows).extracting(ParsedRecipient::rowNumber, ParsedRecipient::problems).containsExactly(
                tuple(2, List.of()),
                tuple(3, List.of(ImportProblem.FORMULA_WITHOUT_VALUE)),
                tuple(4, List.of(ImportProblem.FORMULA_WITHOUT_VALUE)),
                tuple(5, List.of(ImportProblem.FORMULA_WITHOUT_VALUE)));
        assertThat(rows.get(3).name()).isEqualTo("Phạm Thị Dung");
    }

    @Test
    void textLongerThanThePortalStoresIsAProblemNotACrash() {
        byte[] xlsx = new ListWorkbook(6).header()
                .row(1, "Trần Văn Dài", "Đại úy", "Cán bộ ".repeat(80), "Phòng Hậu cần").xlsx();
        assertThat(parser.parse("x.xlsx", xlsx).rows().get(0).problems()).containsExactly(ImportProblem.TEXT_TOO_LONG);
    }

    @Test
    void aRankWrittenInTheNameIsSplitOffWhenThereIsNoRankColumn() {
        byte[] xlsx = new ListWorkbook(4).row("STT", "Họ và tên", "Đơn vị")
                .row(1, "Thượng uý Nguyễn Văn An", "Phòng Hậu cần").xlsx();

        ParsedRecipient row = parser.parse("x.xlsx", xlsx).rows().get(0);

        assertThat(row.rank()).isEqualTo(Rank.THUONG_UY);
        assertThat(row.name()).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void unitHeadingsAmongTheIndividualsGiveTheUnitOfTheRowsBelowAndAreNoRecipients() {
        byte[] xlsx = ListWorkbook.withTitle().header()
                .merged("I. TẬP THỂ")
                .row(1, "Công an huyện An Lạc")
                .merged("II. CÁ NHÂN")
                .row(1, "Công an huyện An Lạc")
                .row(1, "Nguyễn Văn An", "Đại úy", "Đội trưởng", null)
                .row(2, "Lê Thị Bình", "Thượng úy", "Cán bộ", null)
                .row(2, ListWorkbook.nfd("Phòng  Cảnh sát hình sự"))
                .row(1, "Trần Văn Cường", "Thiếu tá", "Phó Trưởng phòng", null)
                .row(2, "Phạm Thị Dung", "Trung úy", "Cán bộ", "Phòng Hậu cần")
                .merged("Đội Cảnh sát giao thông")
                .row(1, "Đỗ Văn Em", "Hạ sĩ", "Chiến sĩ", null)
                .row("4.", "Ban Giám đốc")
                .row(1, "Nguyễn Thế Hùng", "Đại tá", "Giám đốc", null)
                .footer().xlsx();

        ParsedList list = parser.parse("ds.xlsx", xlsx, List.of("Ban Giám đốc", "Phòng Hậu cần"));

        assertThat(list.collectives()).isEqualTo(1);
        assertThat(list.rows()).noneMatch(ParsedRecipient::hasProblems);
        assertThat(list.rows().stream().filter(r -> !r.isCollective()))
                .extracting(ParsedRecipient::name, ParsedRecipient::unitName).containsExactly(
                        tuple("Nguyễn Văn An", "Công an huyện An Lạc"),
                        tuple("Lê Thị Bình", "Công an huyện An Lạc"),
                        tuple("Trần Văn Cường", "Phòng Cảnh sát hình sự"),
                        tuple("Phạm Thị Dung", "Phòng Hậu cần"), // its own unit cell wins
                        tuple("Đỗ Văn Em", "Đội Cảnh sát giao thông"),
                        tuple("Nguyễn Thế Hùng", "Ban Giám đốc"));
        // no unit word: only a unit the portal knows is a heading
        assertThat(parser.parse("ds.xlsx", xlsx).rows()).extracting(ParsedRecipient::name).contains("Ban Giám đốc");
    }

    @Test
    void aUnitHeadingGivesTheUnitInAListWithoutAUnitColumnUntilTheNextSection() {
        byte[] xlsx = new ListWorkbook(4).row("STT", "Họ và tên", "Cấp bậc", "Chức vụ")
                .merged("I. CÁ NHÂN")
                .row(1, "Công an huyện An Lạc", null, null)
                .row(1, "Nguyễn Văn An", "Đại úy", "Đội trưởng")
                .merged("Công an các huyện") // a grouping of units, not a unit
                .row(2, "Lê Thị Bình", "Thượng úy", "Cán bộ")
                .merged("II. TẬP THỂ")
                .row(1, "Công an huyện Ngọc Sơn")
                .xlsx();

        List<ParsedRecipient> rows = parser.parse("ds.xlsx", xlsx).rows();

        assertThat(rows).extracting(ParsedRecipient::kind, ParsedRecipient::name, ParsedRecipient::unitName)
                .containsExactly(tuple(RecipientKind.INDIVIDUAL, "Nguyễn Văn An", "Công an huyện An Lạc"),
                        tuple(RecipientKind.INDIVIDUAL, "Lê Thị Bình", "Công an huyện An Lạc"),
                        tuple(RecipientKind.COLLECTIVE, "Công an huyện Ngọc Sơn", null));
    }

    @Test
    void aUnitWithNobodyBelowItAmongTheIndividualsIsShownAsAProblemNotDropped() {
        byte[] xlsx = ListWorkbook.withTitle().header()
                .merged("I. TẬP THỂ")
                .row(1, "Phòng Hậu cần")
                .merged("II. CÁ NHÂN")
                .row(1, "Nguyễn Văn An", "Đại úy", "Đội trưởng", "Phòng Hậu cần")
                .row(2, "Công an huyện Ngọc Sơn") // a collective written among the individuals by mistake
                .row(3, "Công an huyện An Lạc")   // a heading with people below: fine
                .row(4, "Lê Thị Bình", "Thượng úy", "Cán bộ", null)
                .row(5, "Đội Cảnh sát giao thông") // last line: nobody below
                .footer().xlsx();

        List<ParsedRecipient> rows = parser.parse("ds.xlsx", xlsx).rows();

        assertThat(rows).extracting(ParsedRecipient::kind, ParsedRecipient::name, ParsedRecipient::problems)
                .containsExactly(
                        tuple(RecipientKind.COLLECTIVE, "Phòng Hậu cần", List.of()),
                        tuple(RecipientKind.INDIVIDUAL, "Nguyễn Văn An", List.of()),
                        tuple(RecipientKind.COLLECTIVE, "Công an huyện Ngọc Sơn",
                                List.of(ImportProblem.HEADING_WITHOUT_PEOPLE)),
                        tuple(RecipientKind.INDIVIDUAL, "Lê Thị Bình", List.of()),
                        tuple(RecipientKind.COLLECTIVE, "Đội Cảnh sát giao thông",
                                List.of(ImportProblem.HEADING_WITHOUT_PEOPLE)));
    }

    @Test
    void combinedHeadersAreRecognised() {
        assertThat(ListColumn.of("Cấp bậc, chức vụ")).contains(ListColumn.RANK_POSITION);
        assertThat(ListColumn.of("CẤP BẬC - CHỨC DANH")).contains(ListColumn.RANK_POSITION);
        assertThat(ListColumn.of("Chức vụ, đơn vị công tác")).contains(ListColumn.POSITION_UNIT);
        assertThat(ListColumn.of("Chức vụ/Nơi công tác")).contains(ListColumn.POSITION_UNIT);
        assertThat(ListColumn.of("Cấp bậc, chức vụ, đơn vị")).contains(ListColumn.RANK_POSITION_UNIT);
        assertThat(ListColumn.of("Cấp bậc")).contains(ListColumn.RANK);
        assertThat(ListColumn.of("Chức vụ")).contains(ListColumn.POSITION);
        assertThat(ListColumn.of("Đơn vị công tác")).contains(ListColumn.UNIT);
    }

    @Test
    void aRankAndPositionColumnIsSplitIntoRankAndPosition() {
        byte[] xlsx = new ListWorkbook(4).row("STT", "Họ và tên", "Cấp bậc, chức vụ", "Đơn vị")
                .row(1, "Nguyễn Văn An", "Đại uý, Đội trưởng", "Phòng Hậu cần")
                .row(2, "Lê Thị Bình", "Thượng úy - Phó Đội trưởng", "Phòng Hậu cần")
                .row(3, "Trần Văn Cường", "THIẾU TÁ", "Phòng Hậu cần")
                .row(4, "Phạm Văn Dũng", "Công nhân Công an, Lái xe", "Phòng Hậu cần")
                .row(5, "Vũ Thị Hà", "Cán bộ", "Phòng Hậu cần")
                .row(6, "Đỗ Văn Em", "Đại úi, Cán bộ", "Phòng Hậu cần")
                .xlsx();

        List<ParsedRecipient> rows = parser.parse("ds.xlsx", xlsx).rows();

        assertThat(rows).extracting(ParsedRecipient::rank, ParsedRecipient::position).containsExactly(
                tuple(Rank.DAI_UY, "Đội trưởng"), tuple(Rank.THUONG_UY, "Phó Đội trưởng"), tuple(Rank.THIEU_TA, null),
                tuple(Rank.CONG_NHAN, "Lái xe"), tuple(Rank.NONE, "Cán bộ"), tuple(null, "Cán bộ"));
        assertThat(rows).extracting(ParsedRecipient::problems).containsExactly(List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(ImportProblem.UNKNOWN_RANK));
        assertThat(rows.get(5).rankText()).isEqualTo("Đại úi");
        assertThat(rows).extracting(ParsedRecipient::unitName).containsOnly("Phòng Hậu cần");
    }

    @Test
    void aPositionAndUnitColumnWithoutAUnitColumnIsSplitAtTheComma() {
        byte[] xlsx = new ListWorkbook(4).row("STT", "Họ và tên", "Cấp bậc", "Chức vụ, đơn vị công tác")
                .row(1, "Nguyễn Văn An", "Đại úy", "Đội trưởng, Đội Cảnh sát hình sự")
                .row(2, "Lê Thị Bình", "Thượng úy", "Phó Trưởng phòng, phụ trách Đội 2, Phòng Hậu cần")
                .row(3, "Trần Văn Cường", "Thiếu tá", "Cán bộ")
                .row(4, "Vũ Văn Dương", "Trung úy", "Phòng Cảnh sát kinh tế")
                .row(5, "Hồ Thị Giang", "Thiếu úy", "Cán bộ, Công an xã Ấp Bắc, Công an huyện An Lạc")
                .xlsx();

        List<ParsedRecipient> rows = parser.parse("ds.xlsx", xlsx, List.of("Công an xã Ấp Bắc - Công an huyện An Lạc"))
                .rows();

        assertThat(rows).extracting(ParsedRecipient::position, ParsedRecipient::unitName).containsExactly(
                tuple("Đội trưởng", "Đội Cảnh sát hình sự"),
                tuple("Phó Trưởng phòng, phụ trách Đội 2", "Phòng Hậu cần"),
                tuple("Cán bộ", null),
                tuple(null, "Phòng Cảnh sát kinh tế"),
                tuple("Cán bộ", "Công an xã Ấp Bắc, Công an huyện An Lạc"));
        assertThat(rows).noneMatch(ParsedRecipient::hasProblems);
    }

    @Test
    void withAUnitColumnTooAPositionAndUnitCellSplitsOnlyAtAKnownUnit() {
        byte[] xlsx = new ListWorkbook(5).row("STT", "Họ và tên", "Cấp bậc", "Chức vụ, đơn vị", "Đơn vị")
                .row(1, "Nguyễn Văn An", "Đại úy", "Đội trưởng, Đội Cảnh sát hình sự", null)
                .row(2, "Lê Thị Bình", "Thượng úy", "Phó Trưởng phòng, phụ trách Đội 2", "Phòng Hậu cần")
                .xlsx();

        List<ParsedRecipient> rows = parser.parse("ds.xlsx", xlsx, List.of("ĐỘI CẢNH SÁT HÌNH SỰ", "Phòng Hậu cần"))
                .rows();

        assertThat(rows).extracting(ParsedRecipient::position, ParsedRecipient::unitName).containsExactly(
                tuple("Đội trưởng", "Đội Cảnh sát hình sự"),
                tuple("Phó Trưởng phòng, phụ trách Đội 2", "Phòng Hậu cần"));
    }

    @Test
    void rankPositionAndUnitInOneColumnAreSplit() {
        byte[] xlsx = new ListWorkbook(3).row("STT", "Họ và tên", "Cấp bậc, chức vụ, đơn vị công tác")
                .row(1, "Nguyễn Văn An", "Đại úy, Đội trưởng, Đội Cảnh sát hình sự").xlsx();

        ParsedRecipient row = parser.parse("ds.xlsx", xlsx).rows().get(0);

        assertThat(row.rank()).isEqualTo(Rank.DAI_UY);
        assertThat(row.position()).isEqualTo("Đội trưởng");
        assertThat(row.unitName()).isEqualTo("Đội Cảnh sát hình sự");
    }

    @Test
    void aHeaderWithoutAnyRecipientRowIsRefused() {
        byte[] xlsx = ListWorkbook.withTitle().header()
                .row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")
                .merged("I. TẬP THỂ")
                .merged("II. CÁ NHÂN")
                .footer().xlsx();

        assertThatThrownBy(() -> parser.parse("ds.xlsx", xlsx))
                .isInstanceOf(UserMessageException.class)
                .satisfies(e -> {
                    assertThat(((UserMessageException) e).getMessageKey()).isEqualTo("award.import.error.noRows");
                    assertThat(((UserMessageException) e).getArguments()).containsExactly("Danh sách", 7);
                });
    }

    @Test
    void aLaterSheetWithRowsIsUsedWhenTheFirstHasOnlyAHeader() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var empty = workbook.createSheet("Mẫu").createRow(0);
            empty.createCell(0).setCellValue("STT");
            empty.createCell(1).setCellValue("Họ và tên");
            var sheet = workbook.createSheet("DS");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("STT");
            header.createCell(1).setCellValue("Họ và tên");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellValue("Nguyễn Văn An");
            workbook.write(out);

            ParsedList list = parser.parse("ds.xlsx", out.toByteArray());

            assertThat(list.sheetName()).isEqualTo("DS");
            assertThat(list.rows()).singleElement().extracting(ParsedRecipient::name).isEqualTo("Nguyễn Văn An");
        }
    }

    @Test
    void csvInUtf8WithAndWithoutBomReadsLikeTheWorkbook() {
        RealListFixture fixture = new RealListFixture();
        for (boolean bom : new boolean[] {true, false}) {
            ParsedList list = parser.parse("danh-sach.csv", fixture.workbook.csv(bom));
            assertThat(list.collectives()).isEqualTo(38);
            assertThat(list.individuals()).isEqualTo(96);
            assertThat(list.rows().get(0).name()).isEqualTo("Văn phòng Công an tỉnh");
        }
    }

    @Test
    void csvWithSemicolonsIsRead() {
        String text = "STT;Họ và tên;Cấp bậc;Đơn vị\r\n1;Nguyễn Văn An;Đại úy;Phòng Hậu cần\r\n";
        ParsedList list = parser.parse("ds.csv", text.getBytes(StandardCharsets.UTF_8));
        assertThat(list.rows()).singleElement().extracting(ParsedRecipient::unitName).isEqualTo("Phòng Hậu cần");
    }

    @Test
    void aCsvNotInUtf8IsRefused() {
        byte[] cp1258 = "STT,Họ và tên\r\n1,Nguyễn Văn Ân\r\n".getBytes(Charset.forName("windows-1258"));
        assertRefused("ds.csv", cp1258, "spreadsheet.error.notUtf8");
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefused() {
        assertRefused("anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, "spreadsheet.error.notSpreadsheet");
        assertRefused("ds.xlsx", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1),
                "spreadsheet.error.notSpreadsheet");
        assertRefused("ghi-chu.docx", "just some words".getBytes(StandardCharsets.UTF_8),
                "spreadsheet.error.notSpreadsheet");
    }

    @Test
    void aCorruptWorkbookIsRefused() {
        byte[] good = new RealListFixture().workbook.xlsx();
        assertRefused("ds.xlsx", Arrays.copyOf(good, good.length / 2), "spreadsheet.error.corrupt");
        assertRefused("ds.xlsx", "not really a workbook".getBytes(StandardCharsets.UTF_8), "spreadsheet.error.corrupt");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        assertRefused("ds.xlsx", Encrypted.xlsx(new RealListFixture().workbook.xlsx()), "spreadsheet.error.protected");
    }

    @Test
    void anEmptySheetIsRefused() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Sheet1");
            workbook.write(out);
            assertRefused("trong.xlsx", out.toByteArray(), "spreadsheet.error.empty");
        }
        assertRefused("trong.csv", "\r\n ,, \r\n".getBytes(StandardCharsets.UTF_8), "spreadsheet.error.empty");
        assertRefused("trong.csv", new byte[0], "spreadsheet.error.empty");
    }

    @Test
    void aSheetWithoutARecognisableHeaderIsRefused() {
        byte[] xlsx = new ListWorkbook(3).row("Số", "Người", "Nơi").row(1, "Nguyễn Văn An", "Phòng Hậu cần").xlsx();
        assertRefused("ds.xlsx", xlsx, "award.import.error.noHeader");
    }

    @Test
    void aListWithMoreRowsThanTheImportTakesIsRefusedSayingTheLimit() {
        StringBuilder csv = new StringBuilder("STT,Họ và tên,Cấp bậc\r\n");
        for (int i = 1; i <= RecipientListParser.MAX_ROWS; i++) {
            csv.append(i).append(",Người ").append(i).append(",Đại úy\r\n");
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse("ds.csv", content))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("spreadsheet.error.tooManyRows");
                    assertThat(e.getArguments()).containsExactly(RecipientListParser.MAX_ROWS);
                });
    }

    @Test
    void aFileOverTenMegabytesIsRefusedBeforeReading() {
        assertRefused("lon.xlsx", new byte[RecipientListParser.MAX_BYTES + 1], "spreadsheet.error.tooLarge");
    }

    @Test
    void theFirstSheetWithAHeaderIsUsed() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("Danh sách ở trang sau");
            var sheet = workbook.createSheet("DS");
            var header = sheet.createRow(2);
            header.createCell(0).setCellValue("STT");
            header.createCell(1).setCellValue("Họ và tên");
            var row = sheet.createRow(3);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellValue("Nguyễn Văn An");
            workbook.write(out);
            ParsedList list = parser.parse("ds.xlsx", out.toByteArray());
            assertThat(list.sheetName()).isEqualTo("DS");
            assertThat(list.rows()).singleElement().extracting(ParsedRecipient::name).isEqualTo("Nguyễn Văn An");
        }
    }

    private void assertRefused(String fileName, byte[] content, String key) {
        assertThatThrownBy(() -> parser.parse(fileName, content))
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).getMessageKey()).isEqualTo(key);
    }
}
