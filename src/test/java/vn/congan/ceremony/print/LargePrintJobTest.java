package vn.congan.ceremony.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congan.ceremony.award.AwardDecisionRepository;
import vn.congan.ceremony.award.importer.RecipientImportService;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.print.certificate.CertificateMode;
import vn.congan.ceremony.print.certificate.PdfLines;
import vn.congan.ceremony.testsupport.AbstractSpringTest;
import vn.congan.ceremony.testsupport.FixtureBatches;

/**
 * A print job far larger than any buffer (the demo plus 400 imported recipients: about 560
 * sheets in two files) streams into the response: its name is given before the first byte, it
 * arrives in many small writes, and read back it is complete and in stage order.
 */
@Tag("db")
class LargePrintJobTest extends AbstractSpringTest {

    private static final int MORE_GIAY_KHEN = 300;
    private static final int MORE_BANG_KHEN = 100;

    @Autowired ApplicationContext context;
    @Autowired CertificatePrintService service;
    @Autowired RecipientImportService imports;
    @Autowired AwardDecisionRepository decisions;
    @Autowired ConferenceService conferences;
    @Autowired PrintLogRepository log;
    @Autowired vn.congan.ceremony.award.RecipientListExport lists;

    @BeforeEach
    void largeCeremony() {
        FixtureBatches.install(context);
        assertThat(LargeCeremony.grow(imports, decisions, MORE_GIAY_KHEN, MORE_BANG_KHEN))
                .isEqualTo(MORE_GIAY_KHEN + MORE_BANG_KHEN);
    }

    /** Records what the service opens and how the bytes come. */
    private static final class Recorder extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<String> opened = new ArrayList<>();
        int writes;
        int largestWrite;

        CertificatePrintService.PrintTarget target() {
            return (fileName, zipped) -> {
                assertThat(bytes.size()).as("nothing written before the file is opened").isZero();
                opened.add(fileName + (zipped ? " (zip)" : ""));
                return this;
            };
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes++;
            largestWrite = Math.max(largestWrite, len);
            bytes.write(b, off, len);
        }
    }

    @Test
    void theWholeCeremonyStreamsCompleteAndInStageOrder() {
        Conference conference = conferences.current().orElseThrow();
        PrintRequest request = PrintRequest.ceremony(conference.getId(), CertificateMode.FULL, null, true);
        PrintCheck check = service.check(request);
        int certificates = 38 + 96 + 8 + MORE_GIAY_KHEN + MORE_BANG_KHEN;
        assertThat(check.certificates()).isEqualTo(certificates);

        Recorder out = new Recorder();
        PrintCheck printed = service.print(request, "print", out.target());

        assertThat(out.opened).containsExactly(service.fileName(request) + " (zip)");
        assertThat(out.bytes.size()).isGreaterThan(256 * 1024);
        // written as the pages are made, never handed over as one block
        assertThat(out.writes).isGreaterThan(100);
        assertThat(out.largestWrite).isLessThan(64 * 1024);
        assertThat(printed.sheets()).isEqualTo(check.sheets());

        Map<String, byte[]> files = PrintDownloads.unzip(out.bytes.toByteArray());
        assertThat(files.keySet()).containsExactlyElementsOf(check.files().stream().map(PrintFile::fileName).toList());
        // every sheet, in stage order: the certificates of each file follow the print page's list
        List<AwardRow> rows = service.rows(conference); // after printing: with the numbers it gave
        List<String> recipientsInOrder = new ArrayList<>();
        for (PrintFile file : check.files()) {
            byte[] pdf = files.get(file.fileName());
            assertThat(PdfLines.pages(pdf)).as(file.fileName()).isEqualTo(file.sheets());
            List<PdfLines.Line> lines = PdfLines.of(pdf);
            for (int page = 1; page <= file.sheets(); page++) {
                String text = pageText(lines, page);
                if (!text.contains("Số lượng:")) {
                    recipientsInOrder.add(text);
                }
            }
        }
        assertThat(recipientsInOrder).hasSize(certificates);
        List<AwardRow> a3First = new ArrayList<>(rows.stream().filter(r -> r.formName().startsWith("Bằng khen"))
                .toList());
        a3First.addAll(rows.stream().filter(r -> !r.formName().startsWith("Bằng khen")).toList());
        for (int i = 0; i < certificates; i++) {
            AwardRow row = a3First.get(i);
            assertThat(recipientsInOrder.get(i)).as("sheet %d", i + 1).contains(row.recipient())
                    .contains("Số vào sổ: " + row.registerNumber());
        }
        AwardRow last = a3First.get(certificates - 1);
        assertThat(recipientsInOrder.get(certificates - 1)).contains("Số vào sổ: "
                + Appendices.registerNumber(lists, last.decisionId(), last.decisionNumber(), last.awardId()));
        assertThat(rows.stream().filter(r -> r.decisionNumber().equals("1234/QĐ-CAT-PV01")).map(AwardRow::registerNumber))
                .hasSize(38 + 96 + MORE_GIAY_KHEN).doesNotHaveDuplicates()
                .contains("1234/QĐ-CAT-PV01-" + String.format("%03d", 38 + 96 + MORE_GIAY_KHEN));
        assertThat(log.findAll()).singleElement().satisfies(e -> assertThat(e.getSheets()).isEqualTo(check.sheets()));
    }

    @Test
    void onBlankStockEachBlankAndTheSlipsStreamAsFilesOfTheirOwn() {
        Conference conference = conferences.current().orElseThrow();
        PrintRequest request = PrintRequest.ceremony(conference.getId(), CertificateMode.BLANK_STOCK, null, true);
        PrintCheck check = service.check(request);
        Recorder out = new Recorder();
        service.print(request, "print", out.target());

        Map<String, byte[]> files = PrintDownloads.unzip(out.bytes.toByteArray());
        assertThat(check.files()).extracting(PrintFile::sheets).containsExactly(8 + MORE_BANG_KHEN,
                134 + MORE_GIAY_KHEN, check.files().get(2).sheets());
        for (PrintFile file : check.files()) {
            assertThat(PdfLines.pages(files.get(file.fileName()))).as(file.fileName()).isEqualTo(file.sheets());
        }
        assertThat(PdfLines.text(files.get(check.files().get(1).fileName())))
                .contains("1234/QĐ-CAT-PV01-" + String.format("%03d", 134 + MORE_GIAY_KHEN))
                .doesNotContain("Số lượng:");
    }

    @Test
    void aRefusedJobNeverOpensTheResponse() {
        Conference conference = conferences.current().orElseThrow();
        // a letter no font of the certificate has, on the last imported person
        transactionalRename("Nguyễn Văn 漢");
        PrintRequest request = PrintRequest.ceremony(conference.getId(), CertificateMode.FULL, null, false);
        Recorder out = new Recorder();
        assertThatThrownBy(() -> service.print(request, "print", out.target()))
                .isInstanceOf(UserMessageException.class);
        assertThat(out.opened).isEmpty();
        assertThat(out.bytes.size()).isZero();
        assertThat(log.findAll()).isEmpty();
    }

    @Autowired TransactionTemplate transactions;
    @jakarta.persistence.PersistenceContext EntityManager em;

    private void transactionalRename(String name) {
        transactions.executeWithoutResult(s -> em.createQuery(
                "select p from Person p order by p.id desc", Person.class)
                .setMaxResults(1).getSingleResult().setName(PersonName.parse(name)));
    }

    private static String pageText(List<PdfLines.Line> lines, int page) {
        return String.join(" ", lines.stream().filter(l -> l.page() == page).map(PdfLines.Line::text).toList())
                .replaceAll("\\s+", " ");
    }
}
