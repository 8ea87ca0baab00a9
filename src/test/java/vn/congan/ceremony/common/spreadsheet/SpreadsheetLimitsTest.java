package vn.congan.ceremony.common.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congan.ceremony.common.UserMessageException;

/**
 * The caps of the spreadsheet reader, with the files that used to stop the server: a sheet of a
 * million rows, a workbook of 5 MB whose parts unpack to some 88 MB of XML, zip bombs. Each is
 * refused with its own message after reading only what the cap allows, and in a JVM with a heap
 * far smaller than the XML the reading still ends with the message, not an OutOfMemoryError.
 */
class SpreadsheetLimitsTest {

    @TempDir Path dir;

    private static byte[] millionRows;
    private static byte[] eightyEightMegabytes;

    /** 1,000,000 rows of one short number each (see {@link RawXlsx#millionRows()}). */
    static synchronized byte[] millionRows() {
        if (millionRows == null) {
            millionRows = RawXlsx.millionRows();
        }
        return millionRows;
    }

    /**
     * About 92 MB of XML packed into 3.8 MB (ratio 0.04): 44,000 shared texts of about 2,000 characters
     * (a phrase of words picked pseudo-randomly, repeated ten times) and a sheet using them.
     * Under the 10 MB upload cap and above POI's zip-bomb ratio: the file that ran the DOM
     * loader out of heap.
     */
    static synchronized byte[] eightyEightMegabytesOfXml() {
        if (eightyEightMegabytes != null) {
            return eightyEightMegabytes;
        }
        String[] words = {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ho", "Ngo",
            "Duong", "Ly", "Van", "Thi", "Minh", "Quang", "Huu", "Duc", "Thanh", "Ngoc", "Anh", "Binh", "Cuong",
            "Dung", "Ha", "Hai", "Hung", "Khanh", "Lan", "Long", "Mai", "Nam", "Phong", "Phuc", "Quan", "Son"};
        eightyEightMegabytes = RawXlsx.workbook(out -> {
            for (int r = 1; r <= 44_000; r++) {
                out.write("<row r=\"" + r + "\"><c r=\"B" + r + "\" t=\"s\"><v>" + (r - 1) + "</v></c></row>");
            }
        }, out -> {
            long seed = 42;
            for (int s = 0; s < 44_000; s++) {
                StringBuilder phrase = new StringBuilder();
                while (phrase.length() < 200) {
                    seed = seed * 6364136223846793005L + 1442695040888963407L;
                    phrase.append(words[(int) ((seed >>> 33) % words.length)]).append(' ');
                }
                out.write("<si><t>");
                out.write(phrase.toString().repeat(10));
                out.write("</t></si>");
            }
        });
        return eightyEightMegabytes;
    }

    @Test
    void aMillionRowSheetStopsAtTheRowCapWithAMessageSayingTheLimit() {
        byte[] xlsx = millionRows();
        assertThat(xlsx.length).isLessThan(SpreadsheetReader.MAX_BYTES);

        long start = System.nanoTime();
        assertThatThrownBy(() -> SpreadsheetReader.read("trieu-dong.xlsx", xlsx, 10_000))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("spreadsheet.error.tooManyRows");
                    assertThat(e.getArguments()).containsExactly(10_000);
                });
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
    }

    @Test
    void readingStopsAtTheFirstRowPastTheCap() throws Exception {
        Path file = dir.resolve("trieu-dong.xlsx");
        Files.write(file, millionRows());
        ReadLimits limits = new ReadLimits(10_000);

        assertThatThrownBy(() -> new XlsxReader(limits).read(file.toFile()))
                .isInstanceOf(UserMessageException.class);

        assertThat(limits.rowsRead()).isEqualTo(10_001);
    }

    @Test
    void aWorkbookOf88MegabytesOfXmlIsRefusedCleanly() {
        byte[] xlsx = eightyEightMegabytesOfXml();
        assertThat(xlsx.length).isLessThan(SpreadsheetReader.MAX_BYTES);

        assertThatThrownBy(() -> SpreadsheetReader.read("ds.xlsx", xlsx))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("spreadsheet.error.tooMuchText"));
    }

    @Test
    void inA64MegabyteHeapBothFilesEndWithTheirMessageNotOutOfMemory() throws Exception {
        Path million = dir.resolve("trieu-dong.xlsx");
        Files.write(million, millionRows());
        Path huge = dir.resolve("88mb.xlsx");
        Files.write(huge, eightyEightMegabytesOfXml());

        assertThat(readInSmallHeap(million, 10_000)).contains("REFUSED spreadsheet.error.tooManyRows [10000]");
        assertThat(readInSmallHeap(huge, 10_000)).contains("REFUSED spreadsheet.error.tooMuchText");
    }

    @Test
    void aTenMegabyteXlsIsReadStreamingInA64MegabyteHeap() throws Exception {
        // 480,000 number cells: about 9.8 MB, which POI's DOM loader (HSSFWorkbook) could not open in a 64 MB heap
        Path xls = dir.resolve("lon.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                OutputStream out = Files.newOutputStream(xls)) {
            for (String name : new String[] {"a", "b"}) {
                var sheet = workbook.createSheet(name);
                for (int r = 0; r < 24_000; r++) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < 10; c++) {
                        row.createCell(c).setCellValue(r * 10.5 + c);
                    }
                }
            }
            workbook.write(out);
        }
        assertThat(Files.size(xls)).isLessThan(SpreadsheetReader.MAX_BYTES);

        assertThat(readInSmallHeap(xls, 10_000)).contains("REFUSED spreadsheet.error.tooManyRows [10000]");
    }

    @Test
    void aClassicZipBombHasItsOwnMessage() {
        assertRefused(RawXlsx.zipBomb(), "spreadsheet.error.zipBomb");
    }

    @Test
    void partsUnpackingToMoreThanTheCapAreRefusedAsAbnormalCompressionEvenAboveTheRatio() {
        // 110 MB of XML: a comment of 30 pseudo-random characters in every kilobyte keeps the ratio above POI's floor
        byte[] xlsx = RawXlsx.workbook(out -> {
            long seed = 7;
            char[] blanks = " ".repeat(1024 - 37).toCharArray();
            for (int k = 0; k < 110 * 1024; k++) {
                StringBuilder noise = new StringBuilder("<!--");
                for (int i = 0; i < 30; i++) {
                    seed = seed * 6364136223846793005L + 1442695040888963407L;
                    noise.append((char) ('a' + (seed >>> 33) % 26));
                }
                out.write(noise.append("-->").toString());
                out.write(blanks);
            }
        }, null);
        assertThat(xlsx.length).isLessThan(SpreadsheetReader.MAX_BYTES);

        assertRefused(xlsx, "spreadsheet.error.zipBomb");
    }

    @Test
    void aCellLongerThanTheCapIsRefusedNamingTheCell() {
        byte[] xlsx = RawXlsx.workbook(out -> out.write("<row r=\"3\"><c r=\"C3\" t=\"inlineStr\"><is><t>"
                + "a".repeat(SpreadsheetReader.MAX_CELL_CHARS + 1) + "</t></is></c></row>"), null);

        assertThatThrownBy(() -> SpreadsheetReader.read("ds.xlsx", xlsx))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("spreadsheet.error.cellTooLong");
                    assertThat(e.getArguments()).containsExactly("C3", "DS", SpreadsheetReader.MAX_CELL_CHARS);
                });
    }

    @Test
    void aCsvWithMoreRowsThanTheCapIsRefused() {
        StringBuilder csv = new StringBuilder("STT,Họ và tên\r\n");
        for (int i = 1; i <= 10_000; i++) {
            csv.append(i).append(",Người ").append(i).append("\r\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

        assertThat(SpreadsheetReader.read("ds.csv", bytes, 10_001).get(0).rows()).hasSize(10_001);
        assertThatThrownBy(() -> SpreadsheetReader.read("ds.csv", bytes, 10_000))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("spreadsheet.error.tooManyRows"));
    }

    @Test
    void aFormulaSavedWithoutItsResultIsMarkedAndOneWithItsResultReadsAsTheResult() {
        byte[] xlsx = RawXlsx.workbook(out -> out.write(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Họ và tên</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><f>CONCATENATE(\"Lê\",\" An\")</f></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"str\"><f>CONCATENATE(\"Lê\",\" Bình\")</f><v>Lê Bình</v></c>"
                + "<c r=\"B3\"><f>1+1</f><v>2</v></c></row>"), null);

        List<SheetRow> rows = SpreadsheetReader.read("ds.xlsx", xlsx).get(0).rows();

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).isUnevaluated(0)).isTrue();
        assertThat(rows.get(1).isBlank()).isFalse();
        assertThat(rows.get(2).cells()).containsExactly("Lê Bình", "2");
        assertThat(rows.get(2).unevaluated()).isEmpty();
    }

    private static void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> SpreadsheetReader.read("ds.xlsx", content))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    /** Runs {@link ReadInSmallHeap} in a JVM with a 64 MB heap and returns what it printed. */
    private static String readInSmallHeap(Path file, int maxRows) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                ReadInSmallHeap.class.getName(), file.toString(), Integer.toString(maxRows))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
