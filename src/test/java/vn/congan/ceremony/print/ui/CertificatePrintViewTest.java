package vn.congan.ceremony.print.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardDecisionRepository;
import vn.congan.ceremony.award.AwardRepository;
import vn.congan.ceremony.demo.DemoDataLoader;
import vn.congan.ceremony.organisation.UnitRepository;
import vn.congan.ceremony.print.Appendices;
import vn.congan.ceremony.print.AwardRow;
import vn.congan.ceremony.print.CertificatePrintService;
import vn.congan.ceremony.print.PrintDownloads;
import vn.congan.ceremony.print.PrintLog;
import vn.congan.ceremony.print.PrintScope;
import vn.congan.ceremony.print.certificate.CertificateMode;
import vn.congan.ceremony.print.certificate.PdfLines;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.testsupport.AbstractViewTest;
import vn.congan.ceremony.testsupport.FixtureBatches;

class CertificatePrintViewTest extends AbstractViewTest {

    @org.junit.jupiter.api.BeforeEach
    void fixtureBatches() {
        FixtureBatches.install(context);
    }


    @Autowired
    AwardDecisionRepository decisions;
    @Autowired
    AwardRepository awards;
    @Autowired
    UnitRepository units;
    @Autowired
    CertificatePrintService service;
    @Autowired
    vn.congan.ceremony.award.RecipientListExport lists;
    @Autowired
    vn.congan.ceremony.conference.ConferenceService conferences;

    @Test
    void printStaffCheckThenDownloadTheWholeCeremonyInStageOrder() {
        openAs(CertificatePrintView.class, "print", Role.PRINT);
        Anchor download = _get(Anchor.class, spec -> spec.withClasses("print-download"));
        assertThat(download.isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("print-download-hint"))
                .getText()).isEqualTo("Chưa tải được: bấm \"Kiểm tra trước khi in\" để xem số tờ và các cảnh báo.");

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Kiểm tra trước khi in")));

        assertThat(download.isEnabled()).isTrue();
        assertThat(_find(Span.class, spec -> spec.withId("print-download-hint")))
                .isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("print-summary")).getText())
                .isEqualTo("142 giấy khen, bằng khen trên 142 tờ, theo thứ tự lên sân khấu.");
        // A3 Bằng khen and A4 Giấy khen: one file per paper, each with its sheets, said before the download
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("print-files-head")).getText()).isEqualTo(
                "Lệnh in này dùng nhiều loại giấy nên được chia thành 2 tệp PDF, mỗi tệp một loại giấy (trong một tệp ZIP):");
        List<String> files = _find(ListItem.class, spec -> spec.withClasses("print-file")).stream()
                .map(ListItem::getText).toList();
        assertThat(files).hasSize(2);
        assertThat(files.get(0)).startsWith("in-bang-khen-a3-toan-bo-khen-thuong-")
                .endsWith("-2020-11-20.pdf: 8 tờ Bằng khen A3, in trên giấy trắng");
        assertThat(files.get(1)).startsWith("in-giay-khen-a4-toan-bo-khen-thuong-")
                .endsWith("-2020-11-20.pdf: 134 tờ Giấy khen A4, in trên giấy trắng");
        assertThat(download.getText()).isEqualTo("Tải tệp ZIP (2 tệp PDF, mỗi loại giấy một tệp; in ở tỷ lệ 100%)");
        Map<String, byte[]> pdfs = PrintDownloads
                .unzip(DownloadKt._download(download));
        List<byte[]> inOrder = List.copyOf(pdfs.values());
        assertThat(pdfs.keySet()).containsExactlyElementsOf(files.stream().map(f -> f.substring(0, f.indexOf(':')))
                .toList());
        assertThat(PdfLines.pages(inOrder.get(0))).isEqualTo(8);
        assertThat(PdfLines.pages(inOrder.get(1))).isEqualTo(134);
        assertThat(PdfLines.text(inOrder.get(0))).contains("BẰNG KHEN", "Số vào sổ: 3456/QĐ-BCA-X01-001")
                .doesNotContain("GIẤY KHEN");
        assertThat(PdfLines.text(inOrder.get(1))).contains("Số vào sổ: 1234/QĐ-CAT-PV01-134", "Văn phòng Công an tỉnh");

        MockVaadin.clientRoundtrip();
        Grid<PrintLog> log = logGrid();
        assertThat(GridKt._size(log)).isEqualTo(1);
        assertThat(GridKt._get(log, 0).getUsername()).isEqualTo("print");
        assertThat(GridKt._get(log, 0).getScope()).isEqualTo(PrintScope.CEREMONY);
    }

    @Test
    void onBlanksThePageSaysTheSlipsGoToPlainPaperBeforeTheDownload() {
        openAs(CertificatePrintView.class, "print", Role.PRINT);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CertificateMode> mode =
                _get(RadioButtonGroup.class, spec -> spec.withLabel("Cách in"));
        HasValueUtilsKt._setValue(mode, CertificateMode.BLANK_STOCK);
        Checkbox separators = _get(Checkbox.class, spec -> spec.withLabel("Tờ phân cách trước mỗi nhóm"));
        assertThat(separators.getHelperText()).isEqualTo(
                "In trên phôi: tờ phân cách không in lên phôi mà vào một tệp riêng, in trên giấy trắng A4.");
        HasValueUtilsKt._setValue(separators, true);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Kiểm tra trước khi in")));

        String notice = _get(Paragraph.class, spec -> spec.withClasses("print-slips-notice")).getText();
        assertThat(notice).startsWith("Tờ phân cách không in lên phôi: 16 tờ nằm trong tệp riêng \"in-to-phan-cach-")
                .endsWith(".pdf\", in trên giấy trắng A4 rồi đặt trước mỗi xấp phôi.");
        List<String> files = _find(ListItem.class, spec -> spec.withClasses("print-file")).stream()
                .map(ListItem::getText).toList();
        assertThat(files).hasSize(3);
        assertThat(files.get(0)).endsWith(": 8 tờ phôi Bằng khen A3");
        assertThat(files.get(1)).endsWith(": 134 tờ phôi Giấy khen A4");
        assertThat(files.get(2)).endsWith(": 16 tờ phân cách, in trên giấy trắng A4");

        List<byte[]> pdfs = List.copyOf(PrintDownloads
                .unzip(DownloadKt._download(_get(Anchor.class, spec -> spec.withClasses("print-download")))).values());
        assertThat(pdfs).extracting(PdfLines::pages).containsExactly(8, 134, 16);
        assertThat(PdfLines.text(pdfs.get(0)) + PdfLines.text(pdfs.get(1))).doesNotContain("Số lượng:", "ĐỢT");
        assertThat(PdfLines.text(pdfs.get(2))).contains("ĐỢT 1", "Phôi: Bằng khen A3", "Phôi: Giấy khen A4");

        HasValueUtilsKt._setValue(mode, CertificateMode.FULL);
        assertThat(separators.getHelperText()).isNull();
    }

    @Test
    void overflowingSheetsAreListedAndMustBeAcceptedBeforeTheDownload() {
        AwardDecision giayKhen = decision(DemoDataLoader.GIAY_KHEN_NUMBER);
        Award first = awards.findByDecisionWithRecipients(giayKhen).get(0);
        first.setAchievement(String.join(" ", Collections.nCopies(7, DemoDataLoader.ACHIEVEMENT)));
        awards.save(first);
        openAs(CertificatePrintView.class, "organizer", Role.ORGANIZER);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<PrintScope> scope = _get(RadioButtonGroup.class, spec -> spec.withLabel("Phạm vi in"));
        HasValueUtilsKt._setValue(scope, PrintScope.DECISION);
        @SuppressWarnings("unchecked")
        ComboBox<AwardDecision> decision = _get(ComboBox.class, spec -> spec.withLabel("Quyết định"));
        HasValueUtilsKt._setValue(decision, decision.getListDataView().getItems()
                .filter(d -> d.getId().equals(giayKhen.getId())).findFirst().orElseThrow());
        Checkbox separators = _get(Checkbox.class, spec -> spec.withLabel("Tờ phân cách trước mỗi nhóm"));
        HasValueUtilsKt._setValue(separators, true);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Kiểm tra trước khi in")));

        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .containsExactly("Tờ 2: Văn phòng Công an tỉnh (1234/QĐ-CAT-PV01) - ô \"Thành tích\"");
        Anchor download = _get(Anchor.class, spec -> spec.withClasses("print-download"));
        assertThat(download.isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("print-download-hint"))
                .getText()).isEqualTo("Chưa tải được: đọc các cảnh báo trên và đánh dấu ô chấp nhận.");

        HasValueUtilsKt._setValue(_get(Checkbox.class, spec -> spec.withLabel("Tôi đã xem các cảnh báo và vẫn in")),
                true);
        byte[] pdf = DownloadKt._download(download);
        assertThat(PdfLines.pages(pdf)).isEqualTo(14 + 134);
        assertThat(PdfLines.text(pdf)).contains("ĐỢT 3", "ĐỢT 16", "Số lượng: 10");
    }

    @Test
    void inAZipAnOverflowingSheetIsNamedWithItsFile() {
        AwardDecision giayKhen = decision(DemoDataLoader.GIAY_KHEN_NUMBER);
        Award first = awards.findByDecisionWithRecipients(giayKhen).get(0);
        first.setAchievement(String.join(" ", Collections.nCopies(7, DemoDataLoader.ACHIEVEMENT)));
        awards.save(first);
        openAs(CertificatePrintView.class, "print", Role.PRINT);

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Kiểm tra trước khi in")));

        assertThat(_find(ListItem.class, spec -> spec.withClasses("print-file"))).hasSize(2);
        List<String> warnings = _find(UnorderedList.class,
                spec -> spec.withClasses("print-warnings")).get(0).getChildren()
                .map(c -> ((ListItem) c).getText()).toList();
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w).startsWith("Tệp in-giay-khen-a4-")
                .endsWith(".pdf, tờ 1: Văn phòng Công an tỉnh (1234/QĐ-CAT-PV01) - ô \"Thành tích\""));
    }

    @Test
    void oneBatchPrintsBehindItsSeparatorSheet() {
        openAs(CertificatePrintView.class, "print", Role.PRINT);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PrintScope> scope = _get(RadioButtonGroup.class, spec -> spec.withLabel("Phạm vi in"));
        HasValueUtilsKt._setValue(scope, PrintScope.BATCH);
        @SuppressWarnings("unchecked")
        ComboBox<CertificatePrintService.BatchChoice> batch =
                _get(ComboBox.class, spec -> spec.withLabel("Đợt trao thưởng"));
        var second = batch.getListDataView().getItems().filter(b -> b.position() == 2).findFirst().orElseThrow();
        assertThat(batch.getItemLabelGenerator().apply(second))
                .isEqualTo("Đợt 2: Bằng khen của Bộ trưởng Bộ Công an (5)");
        HasValueUtilsKt._setValue(batch, second);
        HasValueUtilsKt._setValue(_get(Checkbox.class, spec -> spec.withLabel("Tờ phân cách trước mỗi nhóm")), true);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Kiểm tra trước khi in")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("print-summary")).getText())
                .isEqualTo("5 giấy khen, bằng khen trên 6 tờ, theo thứ tự lên sân khấu.");
        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withClasses("print-download")));
        assertThat(PdfLines.pages(pdf)).isEqualTo(6);
        assertThat(PdfLines.text(pdf)).contains("ĐỢT 2", "Số lượng: 5", "Số vào sổ: 3456/QĐ-BCA-X01-004",
                "Số vào sổ: 3456/QĐ-BCA-X01-008");
    }

    @Test
    void aSelectedCertificateIsPreviewedByTheSameRendererWithoutGivingANumber() {
        openAs(CertificatePrintView.class, "print", Role.PRINT);
        Grid<AwardRow> grid = awardGrid();
        AwardRow row = GridKt._get(grid, 3);
        GridKt._select(grid, row);

        byte[] preview = DownloadKt.downloadResource(_get(IFrame.class).getSrc());
        assertThat(PdfLines.text(preview)).contains(row.recipient(), "BẰNG KHEN").doesNotContain("Số vào sổ");
        assertThat(awards.findById(row.awardId()).orElseThrow().getRegisterNumber()).isNull();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<PrintScope> scope = _get(RadioButtonGroup.class, spec -> spec.withLabel("Phạm vi in"));
        HasValueUtilsKt._setValue(scope, PrintScope.SELECTION);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Kiểm tra trước khi in")));
        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withClasses("print-download")));
        assertThat(PdfLines.pages(pdf)).isEqualTo(1);
        // its number is its place in its decision's printed list, the appendix
        assertThat(PdfLines.text(pdf)).contains(row.recipient(), "Số vào sổ: "
                + Appendices.registerNumber(lists, row.decisionId(), row.decisionNumber(), row.awardId()));
    }

    @Test
    void theListReadsTheCeremonyAPageAtATimeInStageOrderAndKeepsASelectionAcrossPages() {
        openAs(CertificatePrintView.class, "print", Role.PRINT);
        Grid<AwardRow> grid = awardGrid();
        List<Long> stageOrder = service.listing(conferences.current().orElseThrow());

        assertThat(grid.getDataProvider().isInMemory()).isFalse();
        assertThat(GridKt._size(grid)).isEqualTo(142);
        assertThat(GridKt._get(grid, 0).awardId()).isEqualTo(stageOrder.get(0));
        AwardRow early = GridKt._get(grid, 3);
        AwardRow late = GridKt._get(grid, 140); // another page of the list
        assertThat(late.awardId()).isEqualTo(stageOrder.get(140));
        grid.getSelectionModel().selectFromClient(early); // ticks, as in the browser
        grid.getSelectionModel().selectFromClient(late);
        GridKt._get(grid, 70); // the browser scrolls: other pages are read, the selection stays
        assertThat(grid.getSelectedItems()).extracting(AwardRow::awardId)
                .containsExactlyInAnyOrder(early.awardId(), late.awardId());

        @SuppressWarnings("unchecked")
        RadioButtonGroup<PrintScope> scope = _get(RadioButtonGroup.class, spec -> spec.withLabel("Phạm vi in"));
        HasValueUtilsKt._setValue(scope, PrintScope.SELECTION);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Kiểm tra trước khi in")));
        // a Bằng khen (A3) and a Giấy khen (A4): one PDF per stock
        List<byte[]> files = List.copyOf(PrintDownloads.unzip(
                DownloadKt._download(_get(Anchor.class, spec -> spec.withClasses("print-download")))).values());
        assertThat(files).extracting(PdfLines::pages).containsExactly(1, 1);
        assertThat(PdfLines.text(files.get(0))).contains(early.recipient());
        assertThat(PdfLines.text(files.get(1))).contains(late.recipient());
    }

    @Test
    void aLetterNoFontCanDrawIsRefusedWithAMessage() {
        var unit = units.findAll().stream().filter(u -> u.getName().equals("Phòng Hậu cần")).findFirst().orElseThrow();
        unit.setName("Phòng Hậu cần 後勤");
        units.save(unit);
        openAs(CertificatePrintView.class, "print", Role.PRINT);

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Kiểm tra trước khi in")));

        NotificationsKt.expectNotifications("Không in được \"Phòng Hậu cần 後勤 (1234/QĐ-CAT-PV01)\": phông chữ không có "
                + "ký tự \"後勤\" (ô \"Người, đơn vị nhận\"). Hãy sửa lại nội dung.");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("print-download")).isEnabled()).isFalse();
    }

    @Test
    void aNameChangedBetweenCheckAndDownloadRefusesThePrintWithAMessage() {
        openAs(CertificatePrintView.class, "print", Role.PRINT);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Kiểm tra trước khi in")));
        var unit = units.findAll().stream().filter(u -> u.getName().equals("Phòng Hậu cần")).findFirst().orElseThrow();
        unit.setName("Phòng Hậu cần 後勤");
        units.save(unit);

        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withClasses("print-download")));
        MockVaadin.clientRoundtrip();

        assertThat(pdf).isEmpty();
        NotificationsKt.expectNotifications("Không in được \"Phòng Hậu cần 後勤 (1234/QĐ-CAT-PV01)\": phông chữ không có "
                + "ký tự \"後勤\" (ô \"Người, đơn vị nhận\"). Hãy sửa lại nội dung.");
        assertThat(awards.findAll()).allMatch(a -> a.getRegisterNumber() == null);
        assertThat(GridKt._size(logGrid())).isZero();
    }

    private AwardDecision decision(String number) {
        return decisions.findAll().stream().filter(d -> d.getNumber().equals(number)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<AwardRow> awardGrid() {
        List<Grid> grids = _find(Grid.class);
        return (Grid<AwardRow>) grids.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Grid<PrintLog> logGrid() {
        List<Grid> grids = _find(Grid.class);
        return (Grid<PrintLog>) grids.get(1);
    }
}
