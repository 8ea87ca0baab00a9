package vn.congan.ceremony.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardDecisionRepository;
import vn.congan.ceremony.award.AwardRepository;
import vn.congan.ceremony.award.AwardService;
import vn.congan.ceremony.award.RecipientRow;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.organisation.Unit;
import vn.congan.ceremony.stage.BatchEntry;
import vn.congan.ceremony.stage.PresentationBatch;
import vn.congan.ceremony.demo.DemoDataLoader;
import vn.congan.ceremony.organisation.UnitRepository;
import vn.congan.ceremony.print.certificate.CertificateMode;
import vn.congan.ceremony.print.certificate.FieldKey;
import vn.congan.ceremony.print.certificate.PdfLines;
import vn.congan.ceremony.testsupport.AbstractSpringTest;
import vn.congan.ceremony.testsupport.FixtureBatches;

@Tag("db")
class CertificatePrintServiceTest extends AbstractSpringTest {

    @org.springframework.beans.factory.annotation.Autowired
    ApplicationContext fixtureContext;

    @org.junit.jupiter.api.BeforeEach
    void fixtureBatches() {
        FixtureBatches.install(fixtureContext);
    }


    @Autowired
    CertificatePrintService service;
    @Autowired
    CertificateTemplateService templates;
    @Autowired
    PrinterProfileService profiles;
    @Autowired
    ConferenceService conferences;
    @Autowired
    AwardDecisionRepository decisions;
    @Autowired
    AwardRepository awards;
    @Autowired
    UnitRepository units;
    @Autowired
    PrintLogRepository log;
    @Autowired
    AwardService awardService;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CertificateOrder order;
    @Autowired
    vn.congan.ceremony.award.RecipientListExport lists;
    @Autowired
    PrintableAwardRepository printable;
    @jakarta.persistence.PersistenceContext
    EntityManager em;

    @Test
    void theDemoHasADefaultTemplateInEachModeForBothForms() {
        assertThat(templates.findAll()).extracting(CertificateTemplate::getName).containsExactly(
                "Bằng khen A3 - in toàn bộ", "Bằng khen A3 - in trên phôi",
                "Giấy khen A4 - in toàn bộ", "Giấy khen A4 - in trên phôi");
        assertThat(templates.findAll()).allMatch(CertificateTemplate::isDefaultTemplate);
        assertThat(profiles.findAll()).hasSize(2);
    }

    @Test
    void thePdfIsNamedAfterWhatItHolds() {
        Conference conference = conferences.current().orElseThrow();
        AwardDecision giayKhen = decision(DemoDataLoader.GIAY_KHEN_NUMBER);
        assertThat(service.fileName(PrintRequest.decision(giayKhen.getId(), CertificateMode.FULL, null, false)))
                .isEqualTo("in-quyet-dinh-so-1234-qd-cat-pv01-2020-11-20.pdf");
        // the whole ceremony needs A3 and A4: a ZIP of one PDF per stock
        assertThat(service.fileName(PrintRequest.ceremony(conference.getId(), CertificateMode.FULL, null, true)))
                .startsWith("in-toan-bo-khen-thuong-hoi-nghi-tong-ket").endsWith("-2020-11-20.zip");
    }

    @Test
    void theWholeCeremonyPrintsBatchByBatchBehindSeparatorSheetsOneFilePerPaper() {
        Conference conference = conferences.current().orElseThrow();
        PrintRequest request = PrintRequest.ceremony(conference.getId(), CertificateMode.FULL, null, true);

        PrintCheck check = service.check(request);
        assertThat(check.certificates()).isEqualTo(38 + 96 + 8);
        assertThat(check.sheets()).isEqualTo(38 + 96 + 8 + 16);
        assertThat(check.warnings()).isEmpty();
        assertThat(check.files()).extracting(PrintFile::stock, PrintFile::sheets, PrintFile::blankStock)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bằng khen A3", 2 + 8, false),
                        org.assertj.core.groups.Tuple.tuple("Giấy khen A4", 14 + 134, false));
        assertThat(check.files()).allSatisfy(f -> assertThat(f.fileName()).endsWith("-2020-11-20.pdf"));
        assertThat(check.files().get(0).fileName()).startsWith("in-bang-khen-a3-toan-bo-khen-thuong-");
        assertThat(check.files().get(1).fileName()).startsWith("in-giay-khen-a4-toan-bo-khen-thuong-");

        Map<String, byte[]> files = unzip(print(request));
        assertThat(files.keySet()).containsExactlyElementsOf(check.files().stream().map(PrintFile::fileName).toList());
        byte[] a3 = files.get(check.files().get(0).fileName());
        byte[] a4 = files.get(check.files().get(1).fileName());
        assertThat(PdfLines.pages(a3)).isEqualTo(10);
        assertThat(PdfLines.pages(a4)).isEqualTo(148);
        assertThat(pageSizesMm(a3)).containsOnly("420x297");
        assertThat(pageSizesMm(a4)).containsOnly("297x210");
        List<PdfLines.Line> lines = PdfLines.of(a3);
        assertThat(onPage(lines, 1)).contains("ĐỢT 1", "Bằng khen của Bộ trưởng Bộ Công an", "Số lượng: 3");
        assertThat(onPage(lines, 2)).contains("BẰNG KHEN", "BỘ TRƯỞNG BỘ CÔNG AN",
                "Số vào sổ: 3456/QĐ-BCA-X01-001",
                "Hà Nội, ngày 30 tháng 10 năm 2020");
        assertThat(onPage(lines, 5)).contains("ĐỢT 2", "Số lượng: 5");
        lines = PdfLines.of(a4);
        assertThat(onPage(lines, 1)).contains("ĐỢT 3", "Giấy khen của Giám đốc Công an tỉnh", "Số lượng: 10");
        assertThat(onPage(lines, 2)).contains("GIẤY KHEN", "Văn phòng Công an tỉnh",
                "Số vào sổ: 1234/QĐ-CAT-PV01-001",
                "Bình An, ngày 10 tháng 11 năm 2020");
        assertThat(lines.stream().filter(l -> l.text().startsWith("Số vào sổ: 1234/QĐ-CAT-PV01-")).count())
                .isEqualTo(134);
        assertThat(PdfLines.text(a4)).contains("Số vào sổ: 1234/QĐ-CAT-PV01-134");
        assertThat(log.findAll()).singleElement().satisfies(entry -> assertThat(entry.getSheets()).isEqualTo(158));
    }

    @Test
    void onBlankStockTheSeparatorSlipsArePrintedOnPlainPaperInAFileOfTheirOwn() throws IOException {
        Conference conference = conferences.current().orElseThrow();
        PrintRequest request = PrintRequest.ceremony(conference.getId(), CertificateMode.BLANK_STOCK, null, true);

        PrintCheck check = service.check(request);
        assertThat(check.files()).extracting(PrintFile::stock, PrintFile::sheets, PrintFile::blankStock,
                PrintFile::slips).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Bằng khen A3", 8, true, false),
                        org.assertj.core.groups.Tuple.tuple("Giấy khen A4", 134, true, false),
                        org.assertj.core.groups.Tuple.tuple("Tờ phân cách - giấy trắng A4", 16, false, true));
        assertThat(check.files().get(2).fileName()).startsWith("in-to-phan-cach-toan-bo-khen-thuong")
                .endsWith("-2020-11-20.pdf");

        byte[] zip = print(request);
        Files.write(Files.createDirectories(Path.of("target",
                "certificate-samples")).resolve("blank-stock-ceremony.zip"), zip);
        Map<String, byte[]> files = unzip(zip);
        byte[] bangKhen = files.get(check.files().get(0).fileName());
        byte[] giayKhen = files.get(check.files().get(1).fileName());
        byte[] slips = files.get(check.files().get(2).fileName());
        // no slip on a blank: every page of a blank's file is a certificate
        for (byte[] blank : List.of(bangKhen, giayKhen)) {
            assertThat(PdfLines.text(blank)).doesNotContain("Số lượng:", "ĐỢT", "Người trao");
            assertThat(PdfLines.of(blank).stream().filter(l -> l.text().startsWith("Số vào sổ:")).count())
                    .isEqualTo(PdfLines.pages(blank));
        }
        assertThat(pageSizesMm(bangKhen)).containsOnly("420x297");
        assertThat(pageSizesMm(slips)).containsOnly("297x210");
        List<PdfLines.Line> lines = PdfLines.of(slips);
        assertThat(PdfLines.pages(slips)).isEqualTo(16);
        assertThat(onPage(lines, 1)).contains("ĐỢT 1", "Số lượng: 3", "Phôi: Bằng khen A3");
        assertThat(onPage(lines, 3)).contains("ĐỢT 3", "Số lượng: 10", "Phôi: Giấy khen A4");
    }

    @Test
    void eachFileOfAJobIsShiftedByTheOffsetOfItsPaperSize() {
        PrinterProfile trays = new PrinterProfile("Canon hai khay");
        trays.setFrontX(0);
        trays.setFrontY(0);
        trays.setA3FrontX(5);
        trays.setA3FrontY(3);
        Long profileId = profiles.save(trays).getId();
        Conference conference = conferences.current().orElseThrow();

        List<byte[]> plain = List.copyOf(unzip(print(PrintRequest.ceremony(conference.getId(),
                CertificateMode.BLANK_STOCK, null, false))).values());
        List<byte[]> shifted = List.copyOf(unzip(print(PrintRequest.ceremony(conference.getId(),
                CertificateMode.BLANK_STOCK, profileId, false))).values());

        // A3 Bằng khen: 5 mm right and 3 mm down; A4 Giấy khen: where it was
        PdfLines.Line a3Before = PdfLines.of(plain.get(0)).get(0);
        PdfLines.Line a3After = PdfLines.of(shifted.get(0)).get(0);
        assertThat(a3After.text()).isEqualTo(a3Before.text());
        assertThat(a3After.xMm() - a3Before.xMm()).isCloseTo(5, org.assertj.core.api.Assertions.within(0.01));
        assertThat(a3After.yMm() - a3Before.yMm()).isCloseTo(3, org.assertj.core.api.Assertions.within(0.01));
        PdfLines.Line a4Before = PdfLines.of(plain.get(1)).get(0);
        PdfLines.Line a4After = PdfLines.of(shifted.get(1)).get(0);
        assertThat(a4After.text()).isEqualTo(a4Before.text());
        assertThat(a4After.xMm()).isCloseTo(a4Before.xMm(), org.assertj.core.api.Assertions.within(0.01));
        assertThat(a4After.yMm()).isCloseTo(a4Before.yMm(), org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void theStackFollowsTheBatchEntriesAndNamesThePresenter() {
        Conference conference = conferences.current().orElseThrow();
        List<Long> firstTwo = transactions.execute(status -> {
            PresentationBatch first = em.createQuery("select b from PresentationBatch b where b.position = 1",
                    PresentationBatch.class).getSingleResult();
            Delegate director = em.createQuery("select d from Delegate d where d.person.fullName = 'Nguyễn Thế Hùng'",
                    Delegate.class).getResultList().get(0);
            first.setPresenter(director);
            BatchEntry a = first.getEntries().get(0);
            BatchEntry b = first.getEntries().get(1);
            a.setPosition(2);
            b.setPosition(1);
            return List.of(b.getAward().getId(), a.getAward().getId());
        });
        List<String> recipients = service.rows(conference).stream().limit(2).map(AwardRow::recipient).toList();
        assertThat(service.rows(conference).stream().limit(2).map(AwardRow::awardId).toList()).isEqualTo(firstTwo);

        List<byte[]> files = List.copyOf(unzip(print(PrintRequest.ceremony(conference.getId(),
                CertificateMode.BLANK_STOCK, null, true))).values());
        List<PdfLines.Line> slips = PdfLines.of(files.get(files.size() - 1));
        assertThat(onPage(slips, 1)).contains("ĐỢT 1", "Người trao: Đại tá Nguyễn Thế Hùng");
        List<PdfLines.Line> lines = PdfLines.of(files.get(0));
        assertThat(onPage(lines, 1)).contains(recipients.get(0));
        assertThat(onPage(lines, 2)).contains(recipients.get(1));
    }

    @Test
    void awardsInNoBatchFollowTheBatchesInDecisionOrder() {
        transactions.executeWithoutResult(status -> em.createQuery("delete from BatchEntry e where e.batch.position > 3")
                .executeUpdate());
        Conference conference = conferences.current().orElseThrow();
        List<byte[]> files = List.copyOf(unzip(print(PrintRequest.ceremony(conference.getId(),
                CertificateMode.BLANK_STOCK, null, true))).values());

        assertThat(files).extracting(PdfLines::pages).containsExactly(8, 134, 3 + 1);
        assertThat(onPage(PdfLines.of(files.get(2)), 4)).contains("CHƯA XẾP ĐỢT", "Số lượng: 124",
                "Phôi: Giấy khen A4");
    }

    @Test
    void thePrintPagesListIsTheOrderTheStackComesOutIn() {
        transactions.executeWithoutResult(status -> em.createQuery("delete from BatchEntry e where e.batch.position > 3")
                .executeUpdate());
        Conference conference = conferences.current().orElseThrow();
        List<Long> stacked = transactions.execute(status -> order.arrange(printable.findByConference(conference))
                .stream().flatMap(g -> g.awards().stream()).map(Award::getId).toList());

        List<Long> listed = service.listing(conference);

        assertThat(stacked).hasSize(142);
        assertThat(listed).isEqualTo(stacked);
        // a page of the list reads only its rows, in that order; an award deleted meanwhile is left out
        List<Long> page = listed.subList(5, 15);
        assertThat(service.rows(page)).extracting(AwardRow::awardId).isEqualTo(page);
        assertThat(service.rows(List.of(page.get(0), -1L, page.get(1)))).extracting(AwardRow::awardId)
                .containsExactly(page.get(0), page.get(1));
        assertThat(service.rows(conference)).extracting(AwardRow::awardId).isEqualTo(stacked);
    }

    @Test
    void registerNumbersAreGivenPerDecisionOnFirstPrintAndKeptOnReprint() {
        AwardDecision giayKhen = decision(DemoDataLoader.GIAY_KHEN_NUMBER);
        Award fifth = awards.findByDecisionWithRecipients(giayKhen).get(4);
        assertThat(fifth.getRegisterNumber()).isNull();

        byte[] preview = service.preview(fifth.getId(), CertificateMode.FULL);
        assertThat(PdfLines.text(preview)).doesNotContain("Số vào sổ");
        assertThat(awards.findByDecisionWithRecipients(giayKhen)).allMatch(a -> a.getRegisterNumber() == null);

        byte[] first = print(PrintRequest.selection(List.of(fifth.getId()), CertificateMode.BLANK_STOCK, null));
        assertThat(PdfLines.text(first)).contains("Số vào sổ: 1234/QĐ-CAT-PV01-005");
        List<Award> numbered = awards.findByDecisionWithRecipients(giayKhen);
        assertThat(numbered).extracting(Award::getRegisterNumber)
                .startsWith("1234/QĐ-CAT-PV01-001", "1234/QĐ-CAT-PV01-002")
                .doesNotContainNull().doesNotHaveDuplicates();
        assertThat(awards.findByDecisionWithRecipients(decision(DemoDataLoader.BANG_KHEN_NUMBER)))
                .allMatch(a -> a.getRegisterNumber() == null);

        byte[] reprint = print(PrintRequest.decision(giayKhen.getId(), CertificateMode.FULL, null, false));
        assertThat(PdfLines.text(reprint)).contains("Số vào sổ: 1234/QĐ-CAT-PV01-005",
                "Số vào sổ: 1234/QĐ-CAT-PV01-134");
        assertThat(awards.findByDecisionWithRecipients(giayKhen)).extracting(Award::getRegisterNumber)
                .isEqualTo(numbered.stream().map(Award::getRegisterNumber).toList());
    }

    @Test
    void registerNumbersFollowTheDecisionsPrintedListSoThatTheRegisterReadsLikeTheAppendix() {
        AwardDecision bangKhen = decision(DemoDataLoader.BANG_KHEN_NUMBER);
        List<Long> stored = awards.findByDecisionWithRecipients(bangKhen).stream().map(Award::getId).toList();
        List<Long> appendix = lists.document(bangKhen.getId()).recipients().stream().map(RecipientRow::awardId).toList();
        assertThat(appendix).as("the appendix is in the domain order, not the stored one")
                .containsExactlyInAnyOrderElementsOf(stored).isNotEqualTo(stored);

        print(PrintRequest.decision(bangKhen.getId(), CertificateMode.FULL, null, false));

        assertThat(lists.document(bangKhen.getId()).recipients()).extracting(RecipientRow::registerNumber)
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, appendix.size())
                        .mapToObj(i -> String.format("3456/QĐ-BCA-X01-%03d", i)).toArray(String[]::new));

        // a decision that keeps its signed list is numbered in that list's order, collectives first
        AwardDecision giayKhen = decision(DemoDataLoader.GIAY_KHEN_NUMBER);
        Long moved = transactions.execute(status -> {
            em.find(AwardDecision.class, giayKhen.getId()).setKeepSignedOrder(true);
            Award last = awards.findByDecisionWithRecipients(giayKhen).get(133);
            em.find(Award.class, last.getId()).setListOrder(0); // the signed list puts it first
            return last.getId();
        });
        print(PrintRequest.decision(giayKhen.getId(), CertificateMode.FULL, null, false));
        List<RecipientRow> signed = lists.document(giayKhen.getId()).recipients();
        assertThat(signed).extracting(RecipientRow::registerNumber)
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, 134)
                        .mapToObj(i -> String.format("1234/QĐ-CAT-PV01-%03d", i)).toArray(String[]::new));
        assertThat(signed.get(38).awardId()).as("the first individual of the signed list").isEqualTo(moved);
    }

    @Test
    void twoDecisionsWhoseNumbersStartTheSameNeverGiveTheSameRegisterNumber() {
        AwardDecision giayKhen = decision(DemoDataLoader.GIAY_KHEN_NUMBER);
        List<Long> ids = transactions.execute(status -> {
            List<Unit> some = units.findAll().subList(0, 4);
            AwardDecision pv01 = newDecision(giayKhen, "12/QĐ-CAT-PV01");
            AwardDecision px05 = newDecision(giayKhen, "12/QĐ-CAT-PX05");
            Award given = Award.collective(pv01, 1, some.get(0));
            given.setRegisterNumber("12-001");
            em.persist(given);
            em.persist(Award.collective(pv01, 2, some.get(1)));
            em.persist(Award.collective(px05, 1, some.get(2)));
            em.persist(Award.collective(px05, 2, some.get(3)));
            // a number typed in by hand on another decision that looks like one the portal gives
            awards.findByDecisionWithRecipients(giayKhen).get(0).setRegisterNumber("12/QĐ-CAT-PX05-001");
            return List.of(pv01.getId(), px05.getId());
        });

        byte[] first = print(PrintRequest.decision(ids.get(0), CertificateMode.BLANK_STOCK, null, false));
        byte[] second = print(PrintRequest.decision(ids.get(1), CertificateMode.BLANK_STOCK, null, false));

        assertThat(PdfLines.text(first)).contains("Số vào sổ: 12-001", "Số vào sổ: 12/QĐ-CAT-PV01-002");
        assertThat(PdfLines.text(second)).contains("Số vào sổ: 12/QĐ-CAT-PX05-002", "Số vào sổ: 12/QĐ-CAT-PX05-003");
        assertThat(awards.findAll()).extracting(Award::getRegisterNumber).filteredOn(Objects::nonNull)
                .hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void aNumberGivenMeanwhileByAnotherJobRefusesTheNumberingAndChangesNothing() {
        List<Award> giayKhen = awards.findByDecisionWithRecipients(decision(DemoDataLoader.GIAY_KHEN_NUMBER));
        Award taken = giayKhen.get(0);
        taken.setRegisterNumber("1234/QĐ-CAT-PV01-001");
        awards.save(taken);
        long version = awards.findById(giayKhen.get(1).getId()).orElseThrow().getVersion();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> awardService.giveRegisterNumbers(
                Map.of(giayKhen.get(1).getId(), "1234/QĐ-CAT-PV01-002", taken.getId(), "1234/QĐ-CAT-PV01-003"))))
                .isInstanceOf(UserMessageException.class)
                .satisfies(e -> assertThat(((UserMessageException) e).getMessageKey()).isEqualTo("error.concurrent"));
        Award untouched = awards.findById(giayKhen.get(1).getId()).orElseThrow();
        assertThat(untouched.getRegisterNumber()).isNull();
        assertThat(untouched.getVersion()).isEqualTo(version);
        assertThat(awards.findById(taken.getId()).orElseThrow().getRegisterNumber()).isEqualTo("1234/QĐ-CAT-PV01-001");
    }

    @Test
    void everyPrintIsLoggedWithUserScopeAndProfile() {
        PrinterProfile hp = profiles.findAll().stream().filter(p -> p.getName().startsWith("HP")).findFirst()
                .orElseThrow();
        AwardDecision bangKhen = decision(DemoDataLoader.BANG_KHEN_NUMBER);
        print(PrintRequest.decision(bangKhen.getId(), CertificateMode.BLANK_STOCK, hp.getId(), false));

        assertThat(service.recentLog()).singleElement().satisfies(entry -> {
            assertThat(entry.getUsername()).isEqualTo("print");
            assertThat(entry.getScope()).isEqualTo(PrintScope.DECISION);
            assertThat(entry.getDescription()).isEqualTo("Quyết định số 3456/QĐ-BCA-X01");
            assertThat(entry.getSheets()).isEqualTo(8);
            assertThat(entry.getProfileName()).isEqualTo("HP LaserJet M404 - Phòng Hậu cần");
            assertThat(entry.getMode()).isEqualTo(CertificateMode.BLANK_STOCK);
            assertThat(entry.getPrintedAt()).isNotNull();
        });
    }

    @Test
    void aNameTheFontCannotDrawRefusesTheJobAndLeavesNoTrace() {
        var unit = units.findAll().stream().filter(u -> u.getName().equals("Phòng Hậu cần")).findFirst().orElseThrow();
        unit.setName("Phòng Hậu cần 後勤");
        units.save(unit);
        AwardDecision giayKhen = decision(DemoDataLoader.GIAY_KHEN_NUMBER);

        assertThatThrownBy(() -> print(PrintRequest.decision(giayKhen.getId(), CertificateMode.FULL, null, false)))
                .isInstanceOf(UserMessageException.class)
                .satisfies(e -> {
                    assertThat(((UserMessageException) e).getMessageKey()).isEqualTo("print.error.missingGlyph");
                    assertThat(((UserMessageException) e).getArguments()).contains("後勤");
                });
        assertThat(log.count()).isZero();
        assertThat(awards.findByDecisionWithRecipients(giayKhen)).allMatch(a -> a.getRegisterNumber() == null);
    }

    @Test
    void anOverflowingAchievementIsListedBeforePrinting() {
        AwardDecision giayKhen = withOverflowingFirstAchievement();

        PrintCheck check = service.check(PrintRequest.decision(giayKhen.getId(), CertificateMode.FULL, null, false));
        assertThat(check.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo(FieldKey.ACHIEVEMENT);
            assertThat(w.sheet()).isEqualTo("Văn phòng Công an tỉnh (1234/QĐ-CAT-PV01)");
            assertThat(w.page()).isEqualTo(1);
        });
    }

    @Test
    void theStartUpRehearsalRendersTheWholeCeremonyWithoutGivingNumbersOrLogging() {
        Conference conference = conferences.current().orElseThrow();
        PrintRequest request = PrintRequest.ceremony(conference.getId(), CertificateMode.FULL, null, true);

        int pages = service.rehearse(request);

        assertThat(pages).isEqualTo(service.check(request).sheets()).isPositive();
        assertThat(log.count()).isZero();
        assertThat(awards.findAll()).allMatch(a -> a.getRegisterNumber() == null);
    }

    @Test
    void thePageDownloadsOnlyAJobCheckedFirstAndItsOverflowingSheetsAccepted() {
        AwardDecision giayKhen = withOverflowingFirstAchievement();
        PrintRequest request = PrintRequest.decision(giayKhen.getId(), CertificateMode.FULL, null, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> service.print(request, null, true, "print", (name, zipped) -> out))
                .isInstanceOf(UserMessageException.class)
                .satisfies(e -> assertThat(((UserMessageException) e).getMessageKey())
                        .isEqualTo("print.download.checkFirst"));
        PrintCheck check = service.check(request);
        assertThatThrownBy(() -> service.print(request, check, false, "print", (name, zipped) -> out))
                .isInstanceOf(UserMessageException.class)
                .satisfies(e -> assertThat(((UserMessageException) e).getMessageKey())
                        .isEqualTo("print.download.acceptFirst"));
        assertThat(out.size()).isZero();
        assertThat(log.count()).isZero();
        assertThat(awards.findByDecisionWithRecipients(giayKhen)).allMatch(a -> a.getRegisterNumber() == null);

        PrintCheck printed = service.print(request, check, true, "print", (name, zipped) -> out);

        assertThat(printed.sheets()).isEqualTo(check.sheets());
        assertThat(PdfLines.pages(out.toByteArray())).isEqualTo(check.sheets());
        assertThat(log.count()).isOne();
    }

    @Test
    void aDefaultTemplateReplacesTheFormsFormerDefaultAndBoxesMustLieOnTheSheet() {
        CertificateTemplate former = templates.findAll().get(2);
        CertificateTemplate second = templates.newTemplate(former.getForm(), CertificateMode.FULL);
        second.setName("Giấy khen A4 - mẫu 2025");
        second.setDefaultTemplate(true);
        templates.save(second);
        assertThat(templates.findAll()).filteredOn(t -> t.getForm().equals(former.getForm())
                && t.getMode() == CertificateMode.FULL && t.isDefaultTemplate())
                .extracting(CertificateTemplate::getName).containsExactly("Giấy khen A4 - mẫu 2025");

        CertificateTemplate outside = templates.findAll().get(0);
        outside.field(FieldKey.RECIPIENT).setX(400);
        assertThatThrownBy(() -> templates.save(outside)).isInstanceOf(UserMessageException.class)
                .hasMessageContaining("print.template.error.outside");
    }

    @Test
    void aBoxWithNoTypeSizeIsRefusedNamingItsFieldAndNothingIsSaved() {
        CertificateTemplate template = templates.findAll().get(0);
        double before = template.field(FieldKey.ACHIEVEMENT).getSize();
        template.field(FieldKey.ACHIEVEMENT).setSize(0);

        assertThatThrownBy(() -> templates.save(template)).isInstanceOf(UserMessageException.class)
                .satisfies(e -> {
                    assertThat(((UserMessageException) e).getMessageKey()).isEqualTo("print.template.error.size");
                    assertThat(((UserMessageException) e).getArguments(t -> t.key()))
                            .startsWith("print.field.ACHIEVEMENT");
                });
        template.field(FieldKey.ACHIEVEMENT).setSize(before);
        template.field(FieldKey.ACHIEVEMENT).setMinSize(before + 1);
        assertThatThrownBy(() -> templates.save(template)).isInstanceOf(UserMessageException.class)
                .hasMessageContaining("print.template.error.minSize");
        assertThat(templates.findAll().get(0).field(FieldKey.ACHIEVEMENT).getMinSize()).isLessThan(before);
    }

    @Test
    void printerProfileNamesAreUnique() {
        PrinterProfile copy = new PrinterProfile("Máy in không lệch (mặc định)");
        assertThatThrownBy(() -> profiles.save(copy)).isInstanceOf(UserMessageException.class)
                .hasMessageContaining("print.profile.error.duplicate");
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        return PrintDownloads.unzip(zip);
    }

    private static List<String> pageSizesMm(byte[] pdf) {
        return PrintDownloads.pageSizesMm(pdf);
    }

    /** The Giấy khen decision, its first award's achievement too long for its box even at the smallest size. */
    private AwardDecision withOverflowingFirstAchievement() {
        AwardDecision giayKhen = decision(DemoDataLoader.GIAY_KHEN_NUMBER);
        Award first = awards.findByDecisionWithRecipients(giayKhen).get(0);
        first.setAchievement(String.join(" ", Collections.nCopies(7, DemoDataLoader.ACHIEVEMENT)));
        awards.save(first);
        return giayKhen;
    }

    private byte[] print(PrintRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.print(request, "print", out);
        return out.toByteArray();
    }

    /** A decision like {@code model} (form, date, signer) under another number, in the same conference. */
    @Test
    void aboveTheDepartmentACertificateNamesTheUnitWithTheDepartmentAndTheIssuersPlace() {
        List<Award> bangKhen = awards.findByDecisionWithRecipients(decision(DemoDataLoader.BANG_KHEN_NUMBER));
        Award unit = bangKhen.stream().filter(Award::isCollective)
                .filter(a -> a.getUnit().getName().equals("Phòng Cảnh sát hình sự")).findFirst().orElseThrow();
        Award person = bangKhen.stream().filter(a -> !a.isCollective()).findFirst().orElseThrow();

        assertThat(flat(service.preview(unit.getId(), CertificateMode.FULL)))
                .contains("Phòng Cảnh sát hình sự, Công an tỉnh Bình An", "Hà Nội, ngày 30 tháng 10 năm 2020");
        assertThat(flat(service.preview(person.getId(), CertificateMode.FULL)))
                .contains(person.getPerson().getUnit().getName() + ", Công an tỉnh Bình An");
    }

    @Test
    void atTheDepartmentsOwnLevelTheBareUnitNameAndTheDepartmentsPlaceStay() {
        List<Award> giayKhen = awards.findByDecisionWithRecipients(decision(DemoDataLoader.GIAY_KHEN_NUMBER));
        Award unit = giayKhen.stream().filter(Award::isCollective)
                .filter(a -> a.getUnit().getName().equals("Phòng Cảnh sát hình sự")).findFirst().orElseThrow();

        String text = flat(service.preview(unit.getId(), CertificateMode.FULL));
        assertThat(text).contains("Phòng Cảnh sát hình sự", "Bình An, ngày 10 tháng 11 năm 2020")
                .doesNotContain(", Công an tỉnh Bình An");
    }

    private static String flat(byte[] pdf) {
        return PdfLines.text(pdf).replaceAll("\\s+", " ");
    }

    private AwardDecision newDecision(AwardDecision model, String number) {
        AwardDecision decision = new AwardDecision(model.getConference(), model.getForm(), number, model.getDate());
        decision.setSignerCapacity(model.getSignerCapacity());
        decision.setSignerRank(model.getSignerRank());
        decision.setSignerName(model.getSignerName());
        decision.setDefaultAchievement(model.getDefaultAchievement());
        return decisions.save(decision);
    }

    private AwardDecision decision(String number) {
        return decisions.findAll().stream().filter(d -> d.getNumber().equals(number)).findFirst().orElseThrow();
    }

    private static List<String> onPage(List<PdfLines.Line> lines, int page) {
        return lines.stream().filter(l -> l.page() == page).map(PdfLines.Line::text).toList();
    }
}
