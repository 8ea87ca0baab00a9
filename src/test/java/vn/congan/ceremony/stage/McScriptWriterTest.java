package vn.congan.ceremony.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.conference.AgendaItemType;
import vn.congan.ceremony.stage.McScript.Kind;
import vn.congan.ceremony.stage.McScript.Line;

class McScriptWriterTest {

    private static final String DIRECTOR = "đồng chí Đại tá Nguyễn Thế Hùng, Ủy viên Ban Thường vụ Đảng ủy, "
            + "Bí thư Đảng ủy, Giám đốc Công an tỉnh";

    private static StageEntry unit(long award, String name, Long repId, String rep) {
        return new StageEntry(award, 0, award, 0, 1, true, name, name, null, 1L, repId, repId == null ? rep : null, rep,
                repId, null, name);
    }

    private static StageEntry person(long award, String rankAndName, String unit) {
        return new StageEntry(award, 0, award, 0, 1, false, rankAndName, unit, "Cán bộ", 2L, null, null, null,
                award, rankAndName, rankAndName);
    }

    private static StageBatch bangKhen(List<StageEntry> entries) {
        return new StageBatch(5, 0, 1, 3, "Bằng khen của Bộ trưởng Bộ Công an", 1L, "Đại tá Nguyễn Thế Hùng", DIRECTOR,
                "Bộ trưởng Bộ Công an", false, false, 30L, entries);
    }

    private static McScript script(List<StageBatch> batches) {
        List<McScriptWriter.Item> agenda = List.of(
                new McScriptWriter.Item(10, AgendaItemType.OPENING, "Tuyên bố lý do, giới thiệu đại biểu",
                        LocalTime.of(8, 5), 10, null, "Người dẫn chương trình", null),
                new McScriptWriter.Item(20, AgendaItemType.REPORT, "Báo cáo tổng kết phong trào thi đua",
                        LocalTime.of(8, 15), 30, "đồng chí Đại tá Trần Quốc Bình, Phó Giám đốc Công an tỉnh", null,
                        "Chuẩn bị bục phát biểu."),
                new McScriptWriter.Item(30, AgendaItemType.AWARD_PRESENTATION, "Trao khen thưởng", LocalTime.of(9, 25),
                        40, DIRECTOR, null, null),
                new McScriptWriter.Item(40, AgendaItemType.RESPONSE, "Phát biểu tiếp thu chỉ đạo", LocalTime.of(10, 35),
                        10, null, "Đại diện lãnh đạo Công an thành phố Bình An", null));
        return McScriptWriter.write("Hội nghị tổng kết Phong trào thi đua đặc biệt", "Công an tỉnh Bình An", agenda,
                List.of(new McScriptWriter.Introduction(1, "Đ" + DIRECTOR.substring(1) + ".")), batches);
    }

    /** The lines as the MC reads them: a name with its number in front. */
    private static List<String> texts(McScript script, int section) {
        return script.sections().get(section).lines().stream().map(l -> l.numberPrefix() + l.text()).toList();
    }

    @Test
    void aBatchIsReadWithTheFixedPhrasingsOfTheDomainBrief() {
        StageBatch batch = bangKhen(List.of(
                unit(100, "Phòng Cảnh sát hình sự", 7L, "Thượng tá Lê Văn Bình"),
                unit(101, "Công an huyện An Lạc", null, "Đại diện Chi đoàn"),
                person(102, "Thượng úy Nguyễn Văn An", "Phòng Cảnh sát giao thông")));
        assertThat(texts(script(List.of(batch)), 2)).containsExactly(
                "Tiếp theo chương trình, hội nghị tiến hành trao khen thưởng cho các tập thể, cá nhân có thành tích "
                        + "xuất sắc.",
                "Đợt 1: Bằng khen của Bộ trưởng Bộ Công an (2 tập thể, 1 cá nhân)",
                "Xin trân trọng kính mời đồng chí Đại tá Nguyễn Thế Hùng, Ủy viên Ban Thường vụ Đảng ủy, Bí thư Đảng "
                        + "ủy, Giám đốc Công an tỉnh, thừa ủy quyền Bộ trưởng Bộ Công an, lên trao Bằng khen của Bộ "
                        + "trưởng Bộ Công an cho các tập thể, cá nhân.",
                "Xin trân trọng kính mời đại diện các tập thể và các cá nhân có tên sau lên nhận khen thưởng:",
                "1. Phòng Cảnh sát hình sự, đại diện nhận: đồng chí Thượng tá Lê Văn Bình",
                "2. Công an huyện An Lạc, đại diện nhận: Đại diện Chi đoàn",
                "3. Thượng úy Nguyễn Văn An, Phòng Cảnh sát giao thông",
                "Xin chúc mừng các tập thể, cá nhân. Xin trân trọng cảm ơn đồng chí Đại tá Nguyễn Thế Hùng.");
        // the number is the name's place, kept apart from the text an organizer may rewrite
        Line third = script(List.of(batch)).sections().get(2).lines().get(6);
        assertThat(third.kind()).isEqualTo(Kind.NAME);
        assertThat(third.number()).isEqualTo(3);
        assertThat(third.text()).isEqualTo("Thượng úy Nguyễn Văn An, Phòng Cảnh sát giao thông");
        assertThat(script(List.of(batch)).lines()).filteredOn(l -> l.kind() != Kind.NAME)
                .allMatch(l -> l.number() == 0 && l.numberPrefix().isEmpty());
    }

    @Test
    void aBatchOfIndividualsOnlyWithoutAuthorityOrPresenterIsWordedForThem() {
        StageBatch batch = new StageBatch(6, 0, 2, 4, "Giấy khen của Giám đốc Công an tỉnh", null, null, null, null,
                false, false, 30L, List.of(person(200, "Đại úy Lê Thị Hoa", "Phòng Hậu cần")));
        assertThat(McScriptWriter.invitation(batch)).isEqualTo("Xin trân trọng kính mời đồng chí lãnh đạo lên trao "
                + "Giấy khen của Giám đốc Công an tỉnh cho các cá nhân.");
        assertThat(texts(script(List.of(batch)), 2)).contains(
                "Xin trân trọng kính mời các cá nhân có tên sau lên nhận khen thưởng:",
                "Xin chúc mừng các cá nhân.");
    }

    @Test
    void theOpeningIntroducesTheDelegatesAndOtherItemsInviteWhoIsResponsible() {
        McScript script = script(List.of());
        assertThat(texts(script, 0)).containsExactly(
                "Kính thưa các đồng chí đại biểu, thưa toàn thể các đồng chí!",
                "Hôm nay, Công an tỉnh Bình An long trọng tổ chức Hội nghị tổng kết Phong trào thi đua đặc biệt.",
                "Về dự hội nghị hôm nay, chúng tôi xin trân trọng giới thiệu:",
                "Đồng chí Đại tá Nguyễn Thế Hùng, Ủy viên Ban Thường vụ Đảng ủy, Bí thư Đảng ủy, Giám đốc Công an "
                        + "tỉnh.",
                "Cùng toàn thể các đồng chí đại biểu, các đồng chí cán bộ, chiến sĩ đại diện cho các đơn vị được khen "
                        + "thưởng về dự hội nghị.");
        // a comma closes the titles before the verb
        assertThat(texts(script, 1)).containsExactly("Xin trân trọng kính mời đồng chí Đại tá Trần Quốc Bình, Phó Giám "
                + "đốc Công an tỉnh, trình bày báo cáo tổng kết phong trào thi đua.", "Chuẩn bị bục phát biểu.");
        assertThat(script.sections().get(1).lines().get(1).kind()).isEqualTo(Kind.NOTE);
        assertThat(texts(script, 3)).containsExactly("Xin trân trọng kính mời đại diện lãnh đạo Công an thành phố "
                + "Bình An phát biểu tiếp thu ý kiến chỉ đạo.");
        assertThat(script.sections()).extracting(McScript.Section::heading).containsExactly(
                "08:05 - Tuyên bố lý do, giới thiệu đại biểu", "08:15 - Báo cáo tổng kết phong trào thi đua",
                "09:25 - Trao khen thưởng", "10:35 - Phát biểu tiếp thu chỉ đạo");
    }

    @Test
    void aListOfSpeakersIsInvitedOneByOneInOrder() {
        McScript script = McScriptWriter.write("Hội nghị", "Công an tỉnh Bình An", List.of(
                new McScriptWriter.Item(50, AgendaItemType.CONTRIBUTION, "Tham luận", LocalTime.of(8, 45), 30, null,
                        "Phòng Cảnh sát hình sự; Công an huyện An Lạc;  Đồng chí Trưởng Công an xã An Phú", null)),
                List.of(), List.of());
        assertThat(texts(script, 0)).containsExactly(
                "Xin trân trọng kính mời đại diện Phòng Cảnh sát hình sự trình bày tham luận.",
                "Tiếp theo, xin trân trọng kính mời đại diện Công an huyện An Lạc trình bày tham luận.",
                "Tiếp theo, xin trân trọng kính mời đồng chí Trưởng Công an xã An Phú trình bày tham luận.");
        // the first keeps the key a single invitation had, so an older override still applies
        assertThat(script.lines()).extracting(Line::key).containsExactly("item-50.say", "item-50.say-2",
                "item-50.say-3");
    }

    @Test
    void aBatchHeadingCountsCollectivesAndIndividualsAndAPresenterWithTitlesTakesACommaBeforeTheVerb() {
        String deputy = "đồng chí Đại tá Trần Quốc Bình, Phó Giám đốc Công an tỉnh";
        StageBatch giayKhen = new StageBatch(7, 0, 3, 4, "Giấy khen của Giám đốc Công an tỉnh", 2L,
                "Đại tá Trần Quốc Bình", deputy, null, false, false, 30L, List.of(
                        unit(300, "Phòng Hậu cần", null, null), unit(301, "Phòng Cảnh sát kinh tế", null, null),
                        unit(302, "Công an huyện An Lạc", null, null), person(303, "Đại úy Lê Thị Hoa", "Phòng Hậu cần"),
                        person(304, "Trung úy Lê Văn Bình", "Phòng Hậu cần")));
        assertThat(texts(script(List.of(giayKhen)), 2)).contains(
                "Đợt 3: Giấy khen của Giám đốc Công an tỉnh (3 tập thể, 2 cá nhân)",
                "Xin trân trọng kính mời đồng chí Đại tá Trần Quốc Bình, Phó Giám đốc Công an tỉnh, lên trao Giấy khen "
                        + "của Giám đốc Công an tỉnh cho các tập thể, cá nhân.");
        StageBatch individuals = new StageBatch(8, 0, 4, 4, "Giấy khen của Giám đốc Công an tỉnh", 2L,
                "Đại tá Trần Quốc Bình", "đồng chí Đại tá Trần Quốc Bình", null, false, false, 30L,
                List.of(person(305, "Đại úy Lê Thị Hoa", "Phòng Hậu cần")));
        assertThat(texts(script(List.of(individuals)), 2)).contains(
                "Đợt 4: Giấy khen của Giám đốc Công an tỉnh (1 cá nhân)",
                // a name without titles takes no comma
                "Xin trân trọng kính mời đồng chí Đại tá Trần Quốc Bình lên trao Giấy khen của Giám đốc Công an tỉnh "
                        + "cho các cá nhân.");
    }

    @Test
    void theDateAndVenueStandUnderTheTitle() {
        String line = McScriptWriter.timeAndPlace(LocalDate.of(2020, 11, 20), LocalTime.of(7, 30),
                "Hội trường Công an tỉnh Bình An");
        assertThat(line).isEqualTo("Thời gian: 07 giờ 30, ngày 20 tháng 11 năm 2020\n"
                + "Địa điểm: Hội trường Công an tỉnh Bình An");
        assertThat(McScriptWriter.timeAndPlace(LocalDate.of(2021, 2, 5), null, " "))
                .isEqualTo("Thời gian: ngày 05 tháng 02 năm 2021");
    }

    @Test
    void lineKeysNameWhatALineIsAboutSoAnOverrideFollowsItWhenTheBatchesChange() {
        StageEntry an = person(102, "Thượng úy Nguyễn Văn An", "Phòng Cảnh sát giao thông");
        StageEntry binh = person(103, "Trung úy Lê Văn Bình", "Phòng Hậu cần");
        // written when An was read first
        Map<String, McScript.Rewrite> overrides = Map.of(
                "award-102", new McScript.Rewrite("Thượng úy Nguyễn Văn An (vắng, đồng chí Hà nhận thay)",
                        "Thượng úy Nguyễn Văn An, Phòng Cảnh sát giao thông"),
                "batch-5.heading", new McScript.Rewrite("not applied: headings are not rewritten", null));
        McScript before = script(List.of(bangKhen(List.of(an, binh)))).withOverrides(overrides);
        McScript after = script(List.of(bangKhen(List.of(binh, an)))).withOverrides(overrides);
        Line overridden = after.lines().stream().filter(l -> l.key().equals("award-102")).findFirst().orElseThrow();
        assertThat(overridden.text()).isEqualTo("Thượng úy Nguyễn Văn An (vắng, đồng chí Hà nhận thay)");
        assertThat(overridden.generated()).isEqualTo("Thượng úy Nguyễn Văn An, Phòng Cảnh sát giao thông");
        assertThat(overridden.overridden()).isTrue();
        assertThat(before.lines()).filteredOn(Line::overridden).hasSize(1);
        assertThat(after.lines()).extracting(Line::key).doesNotHaveDuplicates();
        // moved to second place: read as "2.", and the names are numbered 1, 2 without a repeat
        assertThat(texts(after, 2)).contains("1. Trung úy Lê Văn Bình, Phòng Hậu cần",
                "2. Thượng úy Nguyễn Văn An (vắng, đồng chí Hà nhận thay)");
        assertThat(after.lines()).filteredOn(l -> l.kind() == Kind.NAME).extracting(Line::number)
                .containsExactly(1, 2);
        // a move changes no generated text: nothing to review
        assertThat(overridden.needsReview()).isFalse();
        assertThat(after.needingReview()).isZero();
    }

    @Test
    void anOverrideWhoseGeneratedTextChangedSinceNeedsReviewAndKeepsItsText() {
        Map<String, McScript.Rewrite> overrides = Map.of(
                "award-102", new McScript.Rewrite("Thượng úy Nguyễn Văn An (vắng)",
                        "Thượng úy Nguyễn Văn An, Phòng Cảnh sát giao thông"),
                "batch-5.invite", new McScript.Rewrite("Xin mời đồng chí Giám đốc lên trao thưởng.",
                        McScriptWriter.invitation(bangKhen(List.of()))),
                "batch-5.thanks", new McScript.Rewrite("Xin cảm ơn.", null));
        // since the overrides were written An was promoted, and the batch now holds individuals only
        McScript script = script(List.of(bangKhen(List.of(person(102, "Đại úy Nguyễn Văn An",
                "Phòng Cảnh sát giao thông"))))).withOverrides(overrides);
        Line name = script.lines().stream().filter(l -> l.key().equals("award-102")).findFirst().orElseThrow();
        assertThat(name.needsReview()).isTrue();
        assertThat(name.text()).isEqualTo("Thượng úy Nguyễn Văn An (vắng)");
        assertThat(name.generated()).isEqualTo("Đại úy Nguyễn Văn An, Phòng Cảnh sát giao thông");
        assertThat(name.generatedThen()).isEqualTo("Thượng úy Nguyễn Văn An, Phòng Cảnh sát giao thông");
        Line invite = script.lines().stream().filter(l -> l.key().equals("batch-5.invite")).findFirst().orElseThrow();
        assertThat(invite.overridden()).isTrue();
        // the invitation now ends "cho các cá nhân", then (an empty batch) "cho các tập thể"
        assertThat(invite.needsReview()).isTrue();
        // an override whose generated text is not known is reviewed too
        Line thanks = script.lines().stream().filter(l -> l.key().equals("batch-5.thanks")).findFirst().orElseThrow();
        assertThat(thanks.needsReview()).isTrue();
        assertThat(script.needingReview()).isEqualTo(3);
        assertThat(script.lines()).filteredOn(l -> !l.overridden()).noneMatch(Line::needsReview);
    }

    @Test
    void batchesWithoutAnAwardItemGetASectionOfTheirOwn() {
        McScript script = McScriptWriter.write("Hội nghị", "Công an tỉnh Bình An", List.of(), List.of(),
                List.of(bangKhen(List.of(person(1, "Đại úy Lê Thị Hoa", null)))));
        assertThat(script.sections()).hasSize(1);
        assertThat(texts(script, 0)).contains("1. Đại úy Lê Thị Hoa");
    }
}
