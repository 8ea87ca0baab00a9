package vn.congan.ceremony.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.PersonRepository;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

@Tag("db")
class McScriptServiceTest extends AbstractSpringTest {

    @Autowired
    McScriptService scripts;
    @Autowired
    StageOrderService stage;
    @Autowired
    StageOrderEdits edits;
    @Autowired
    StageOrderGenerator generator;
    @Autowired
    ConferenceService conferences;
    @Autowired
    PersonRepository people;

    private Conference conference;

    @BeforeEach
    void current() {
        conference = conferences.current().orElseThrow();
    }

    private McScript.Line line(String key) {
        return scripts.script(conference).lines().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // lines wrap where the page ends: compare with whitespace collapsed
            // a no-break space (word groups kept together) reads as a space
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00A0]+", " ");
        }
    }

    @Test
    void theDemoScriptInvitesTheDirectorOnTheMinistersAuthority() {
        McScript script = scripts.script(conference);
        assertThat(script.sections()).hasSize(10);
        assertThat(script.lines()).extracting(McScript.Line::text).contains(
                "Xin trân trọng kính mời đồng chí Đại tá Nguyễn Thế Hùng, Ủy viên Ban Thường vụ Đảng ủy, Bí thư Đảng "
                        + "ủy, Giám đốc Công an tỉnh, thừa ủy quyền Bộ trưởng Bộ Công an, lên trao Bằng khen của Bộ "
                        + "trưởng Bộ Công an cho các tập thể, cá nhân.",
                "Xin chúc mừng các tập thể, cá nhân. Xin trân trọng cảm ơn đồng chí Đại tá Nguyễn Thế Hùng.",
                "Đợt 15: Giấy khen của Giám đốc Công an tỉnh (9 cá nhân)");
        assertThat(script.lines()).filteredOn(l -> l.kind() == McScript.Kind.NAME).hasSize(142);
        assertThat(script.lines()).extracting(McScript.Line::text).noneMatch(t -> t.contains("người nhận"));
    }

    @Test
    void theDemoScriptNamesTheAnnouncerInvitesEachSpeakerAndIntroducesEachDelegateAsAnOwnLine() {
        McScript script = scripts.script(conference);
        Person head = people.findAll().stream().filter(p -> "Chánh Văn phòng".equals(p.getPosition()))
                .findFirst().orElseThrow();
        assertThat(script.lines()).extracting(McScript.Line::text).contains(
                // the role in the programme is the person who holds it, with rank and name
                "Xin trân trọng kính mời đồng chí " + head.getRankAndName() + ", Chánh Văn phòng Công an tỉnh, công bố "
                        + "các quyết định khen thưởng.",
                "Xin trân trọng kính mời đại diện Phòng Cảnh sát hình sự trình bày tham luận.",
                "Tiếp theo, xin trân trọng kính mời đại diện Công an huyện An Lạc trình bày tham luận.",
                "Xin trân trọng kính mời đồng chí Đại tá Trần Quốc Bình, Đảng ủy viên, Phó Giám đốc Công an tỉnh, "
                        + "trình bày báo cáo tổng kết phong trào thi đua.");
        assertThat(head.getRank().hasRank()).isTrue();
        List<String> opening = script.sections().get(2).lines().stream().map(McScript.Line::text).toList();
        int at = opening.indexOf("Về dự hội nghị hôm nay, chúng tôi xin trân trọng giới thiệu:");
        assertThat(opening.subList(at + 1, at + 7)).allMatch(l -> l.startsWith("Đồng chí ")).contains(
                "Đồng chí Đại tá Nguyễn Thế Hùng, Ủy viên Ban Thường vụ Đảng ủy, Bí thư Đảng ủy, Giám đốc Công an tỉnh.",
                // a guest without rank is still "đồng chí" + name
                "Đồng chí Hoàng Minh Tuấn, Tỉnh ủy viên, Phó Chủ tịch Ủy ban nhân dân tỉnh Bình An.");
        assertThat(opening).noneMatch(l -> l.startsWith("Xin trân trọng giới thiệu"));
        assertThat(script.timeAndPlace()).isEqualTo("Thời gian: 07 giờ 30, ngày 20 tháng 11 năm 2020\nĐịa điểm: "
                + "Hội trường Công an tỉnh Bình An");
    }

    @Test
    void anOverrideIsKeptWhenTheBatchesAreEditedAndRegenerated() {
        StageBatch batch = stage.plan(conference).batches().get(2);
        StageEntry entry = batch.entries().get(0);
        String key = "award-" + entry.awardId();
        String generated = line(key).text();
        scripts.override(conference, key, generated, "Vắng mặt - đồng chí Hà nhận thay: " + entry.label());

        edits.move(entry.entryId(), entry.entryVersion(), batch.id(), batch.version(), 4);
        assertThat(line(key).text()).isEqualTo("Vắng mặt - đồng chí Hà nhận thay: " + entry.label());
        assertThat(line(key).number()).isEqualTo(4);
        assertThat(line(key).needsReview()).isFalse();
        generator.regenerate(conference, stage.plan(conference).version());
        assertThat(line(key).overridden()).isTrue();
        assertThat(line(key).text()).isEqualTo("Vắng mặt - đồng chí Hà nhận thay: " + entry.label());

        // a stale editor is refused; blank text brings the generated line back
        assertThatThrownBy(() -> scripts.override(conference, key, generated, "x"))
                .isInstanceOf(UserMessageException.class).hasMessageStartingWith("error.concurrent");
        scripts.override(conference, key, line(key).text(), " ");
        assertThat(line(key).overridden()).isFalse();
    }

    @Test
    void theScriptPdfIsInLargePrintWithNumberedSectionsAndBatches() throws IOException {
        byte[] pdf = scripts.scriptPdf(conference);
        Files.write(Path.of("target/mc-script.pdf"), pdf);
        String text = text(pdf);
        assertThat(text).contains("KỊCH BẢN DẪN CHƯƠNG TRÌNH", "1. 07:30 - Đón tiếp đại biểu", "7. 09:25 - Trao khen thưởng",
                "ĐỢT 1: BẰNG KHEN CỦA BỘ TRƯỞNG BỘ CÔNG AN (3 TẬP THỂ, 5 CÁ NHÂN)", "ĐỢT 15:",
                "Xin trân trọng kính mời đại diện các tập thể và các cá nhân có tên sau lên nhận khen thưởng:");
        float[] smallest = {Float.MAX_VALUE};
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper sizes = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    // every character, the page number at the foot included
                    if (!t.getUnicode().isBlank()) {
                        smallest[0] = Math.min(smallest[0], t.getFontSizeInPt());
                    }
                }
            };
            sizes.getText(doc);
        }
        assertThat(text).contains("Trang 1", "Trang 2");
        assertThat(smallest[0]).isGreaterThanOrEqualTo(16f);
        // the date and venue stand right under the title and the conference's name
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            List<String> lines = first.getText(doc).replace('\u00A0', ' ').lines().map(String::strip).toList();
            int name = lines.indexOf("Hội nghị tổng kết Phong trào thi đua đặc biệt");
            assertThat(name).as(String.join("\n", lines)).isEqualTo(1);
            assertThat(lines.subList(name + 1, name + 3)).containsExactly(
                    "Thời gian: 07 giờ 30, ngày 20 tháng 11 năm 2020", "Địa điểm: Hội trường Công an tỉnh Bình An");
            // no line breaks inside "Công an tỉnh" or a rank
            List<String> all = new PDFTextStripper().getText(doc).replace('\u00A0', ' ').lines().map(String::strip)
                    .toList();
            for (int i = 1; i < all.size(); i++) {
                String pair = all.get(i - 1) + " | " + all.get(i);
                // the pairs a wrap must not part, each a whole word (Vietnamese letters are no \\w)
                assertThat(pair).doesNotMatch("(.*\\s)?Công \\| an([\\s,.].*)?")
                        .doesNotMatch("(.*\\s)?Công an \\| (tỉnh|huyện|thành phố)([\\s,.].*)?")
                        .doesNotMatch("(.*\\s)?(Đại|Thượng|Trung|Thiếu) \\| (tá|úy|tướng|sĩ)([\\s,.].*)?");
            }
        }
    }

    @Test
    void noItemOrBatchHeadingIsLeftAtTheFootOfAPageAndNoCountOrNameIsPartedAcrossLines() throws IOException {
        byte[] pdf = scripts.scriptPdf(conference);
        // every rank and name the script reads: "Đại tá Trần Quốc Bình"
        java.util.regex.Matcher found = java.util.regex.Pattern.compile(
                "(Đại|Thượng|Trung|Thiếu|Hạ) (tá|úy|tướng|sĩ)( \\p{Lu}[^\\s,.:;]*)+").matcher(
                String.join("\n", scripts.script(conference).lines().stream().map(McScript.Line::text).toList()));
        java.util.Set<String> names = new java.util.HashSet<>();
        while (found.find()) {
            names.add(found.group());
        }
        assertThat(names).hasSizeGreaterThan(50);
        java.util.regex.Pattern heading = java.util.regex.Pattern.compile("^(\\d+\\. \\d\\d:\\d\\d - |ĐỢT \\d+:).*");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(5);
            int headings = 0;
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = stripper.getText(doc).replace('\u00A0', ' ').lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("Trang ")).toList();
                headings += (int) lines.stream().filter(l -> heading.matcher(l).matches()).count();
                if (page < pages) {
                    // a heading (one or two lines) and at least its first line of text share a page
                    List<String> foot = lines.subList(Math.max(0, lines.size() - 2), lines.size());
                    assertThat(foot).as("the foot of page %d", page).noneMatch(l -> heading.matcher(l).matches());
                }
                for (int i = 1; i < lines.size(); i++) {
                    assertThat(lines.get(i - 1) + " | " + lines.get(i)).as("page %d", page)
                            .doesNotMatch(".*\\(\\d+ \\| .*");
                }
                // no name read aloud is parted across lines after its rank: "Đại tá Trần | Quốc Bình"
                String joined = String.join(" | ", lines);
                for (String name : names) {
                    String[] words = name.split(" ");
                    for (int cut = 1; cut < words.length; cut++) {
                        String parted = String.join(" ", java.util.Arrays.copyOfRange(words, 0, cut)) + " | "
                                + String.join(" ", java.util.Arrays.copyOfRange(words, cut, words.length));
                        assertThat(joined).as("page %d", page).doesNotContain(parted);
                    }
                }
            }
            assertThat(headings).as("item and batch headings found").isGreaterThan(20);
        }
    }

    @Test
    void theAwardOrderListNamesBatchPresenterRecipientsAndRepresentatives() throws IOException {
        byte[] pdf = scripts.orderListPdf(conference);
        Files.write(Path.of("target/award-order-list.pdf"), pdf);
        String text = text(pdf);
        StageBatch first = stage.plan(conference).batches().get(0);
        assertThat(text).contains("DANH SÁCH THỨ TỰ TRAO KHEN THƯỞNG", "Người trao", "Đại diện nhận",
                "Đại tá Nguyễn Thế Hùng", "(thừa ủy quyền Bộ trưởng Bộ Công an)",
                first.entries().get(0).label(), first.entries().get(0).representative(),
                "15 đợt, 142 người nhận");
    }

    @Test
    void aRewrittenNameIsNumberedByItsPlaceOnScreenAndInThePdf() throws IOException {
        StageBatch batch = stage.plan(conference).batches().get(2);
        StageEntry first = batch.entries().get(0);
        String key = "award-" + first.awardId();
        assertThat(line(key).number()).isEqualTo(1);
        assertThat(line(key).text()).doesNotStartWith("1.");
        scripts.override(conference, key, line(key).text(), "Vắng mặt: " + first.label());

        // moved down to third place: read as "3.", and "1." belongs to the new first name only
        edits.move(first.entryId(), first.entryVersion(), batch.id(), batch.version(), 3);
        StageEntry newFirst = stage.plan(conference).batches().get(2).entries().get(0);
        assertThat(line(key).number()).isEqualTo(3);
        assertThat(line(key).text()).isEqualTo("Vắng mặt: " + first.label());
        String pdf = text(scripts.scriptPdf(conference));
        assertThat(pdf).contains("3. Vắng mặt: " + first.label(), "1. " + newFirst.labelWithUnit());
        assertThat(pdf).doesNotContain("1. Vắng mặt", "1. 1.", "3. 1.");
    }

    @Test
    void anOverrideWhoseGeneratedTextChangedIsMarkedForReviewUntilSavedAgain() {
        StageBatch batch = stage.plan(conference).batches().get(0);
        String invite = "batch-" + batch.id() + ".invite";
        StageEntry collective = batch.entries().get(0);
        String name = "award-" + collective.awardId();
        scripts.override(conference, invite, line(invite).text(), "Xin mời đồng chí Giám đốc lên trao Bằng khen.");
        scripts.override(conference, name, line(name).text(), collective.label() + " (đại diện: đồng chí Chánh Văn phòng)");
        assertThat(scripts.script(conference).needingReview()).isZero();

        // the presenter and the representative change: the generated lines change underneath
        var delegates = stage.presenters(conference);
        Long other = delegates.stream().map(d -> d.getId()).filter(id -> !id.equals(batch.presenterId())).findFirst()
                .orElseThrow();
        edits.setPresenter(batch.id(), batch.version(), other, null);
        edits.setRepresentative(collective.awardId(), collective.awardVersion(), null, "Đại diện Chi đoàn");
        McScript script = scripts.script(conference);
        assertThat(script.needingReview()).isEqualTo(2);
        assertThat(line(invite).needsReview()).isTrue();
        assertThat(line(invite).text()).isEqualTo("Xin mời đồng chí Giám đốc lên trao Bằng khen.");
        assertThat(line(name).needsReview()).isTrue();
        assertThat(line(name).generated()).endsWith("đại diện nhận: Đại diện Chi đoàn");

        // saving the line again, unchanged, records that it was reviewed
        scripts.override(conference, invite, line(invite).text(), line(invite).text());
        assertThat(line(invite).needsReview()).isFalse();
        assertThat(line(invite).overridden()).isTrue();
        assertThat(scripts.script(conference).needingReview()).isEqualTo(1);
    }
}
