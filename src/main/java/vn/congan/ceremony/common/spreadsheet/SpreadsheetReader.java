package vn.congan.ceremony.common.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import vn.congan.ceremony.common.UserMessageException;

/**
 * Reads an uploaded file into sheets of text rows: .xlsx streaming (SAX over the zip's parts,
 * never the whole workbook in memory), .xls streaming too (HSSF's event API), .csv as strict UTF-8
 * (with or without BOM). Merged cells repeat their value in every cell they cover; numbers read
 * as written ("1", not "1.0"); rows without any data are left out. Caps are checked while
 * reading and reading stops at the first one passed: the file's size, the rows with data (per
 * import, {@link #DEFAULT_MAX_ROWS} unless the caller says less), the length of a cell, the
 * text kept and the bytes a workbook unpacks to. Anything it cannot read becomes a
 * {@link UserMessageException} before a row is looked at. Shared by the imports of office lists:
 * the award recipients and the seating's other attendees.
 */
public final class SpreadsheetReader {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Rows with data a file may have unless the import says otherwise. */
    public static final int DEFAULT_MAX_ROWS = 10_000;
    /** The most characters one cell may hold. */
    public static final int MAX_CELL_CHARS = ReadLimits.MAX_CELL_CHARS;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SpreadsheetReader() {
    }

    public static List<Sheet> read(String fileName, byte[] content) {
        return read(fileName, content, DEFAULT_MAX_ROWS);
    }

    /** Reads {@code content}, refusing it as soon as it has more than {@code maxRows} rows with data. */
    public static List<Sheet> read(String fileName, byte[] content, int maxRows) {
        if (content.length > MAX_BYTES) {
            throw new UserMessageException("spreadsheet.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (content.length == 0) {
            throw new UserMessageException("spreadsheet.error.empty");
        }
        ReadLimits limits = new ReadLimits(maxRows);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(content);
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OOXML) {
            return xlsx(content, limits);
        }
        if (magic == FileMagic.OLE2) {
            return xls(content, limits);
        }
        if (magic == FileMagic.UNKNOWN && (name.endsWith(".csv") || name.endsWith(".txt"))) {
            return List.of(csv(fileName, content, limits));
        }
        if (magic == FileMagic.UNKNOWN && (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm"))) {
            throw new UserMessageException("spreadsheet.error.corrupt");
        }
        throw new UserMessageException("spreadsheet.error.notSpreadsheet");
    }

    /** "C12": how a spreadsheet names the cell of a row (1-based) and a column (0-based). */
    public static String cellReference(int rowNumber, int column) {
        return SheetBuilder.reference(rowNumber, column);
    }

    /** An .xlsx, through a temporary file so that its parts are unpacked one at a time as they are read. */
    private static List<Sheet> xlsx(byte[] content, ReadLimits limits) {
        Path file = null;
        try {
            file = Files.createTempFile("upload-", ".xlsx");
            Files.write(file, content);
            return new XlsxReader(limits).read(file.toFile());
        } catch (UserMessageException e) {
            throw e;
        } catch (Exception e) {
            throw refusal(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    /**
     * Why a workbook could not be read, as the user is told: a cap passed inside the parser, a
     * zip that unpacks abnormally (POI's zip-bomb guard or more than the unpacked cap), a password,
     * or else a damaged file.
     */
    private static UserMessageException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserMessageException message) {
                return message;
            }
            if (t instanceof XlsxReader.TooMuchUnpacked || t.getMessage() != null
                    && t.getMessage().contains("Zip bomb detected")) {
                return new UserMessageException("spreadsheet.error.zipBomb");
            }
            if (t instanceof EncryptedDocumentException) {
                return new UserMessageException("spreadsheet.error.protected");
            }
        }
        return new UserMessageException("spreadsheet.error.corrupt");
    }

    /** An .xls (or a password-protected .xlsx, which is an OLE2 file too), through HSSF's event API. */
    private static List<Sheet> xls(byte[] content, ReadLimits limits) {
        try {
            return new XlsReader(limits).read(new ByteArrayInputStream(content));
        } catch (UserMessageException e) {
            throw e;
        } catch (Exception e) {
            throw refusal(e);
        }
    }

    private static Sheet csv(String fileName, byte[] content, ReadLimits limits) {
        int start = content.length >= 3 && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1]
                && content[2] == UTF8_BOM[2] ? 3 : 0;
        char delimiter = guessDelimiter(sample(content, start));
        SheetBuilder builder = new SheetBuilder(fileName, limits);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        Reader reader = new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                builder.startRow(number);
                for (int c = 0; c < record.size(); c++) {
                    builder.cell(c, record.get(c), false);
                }
                builder.endRow();
            }
        } catch (UserMessageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CharacterCodingException) {
                    throw new UserMessageException("spreadsheet.error.notUtf8");
                }
            }
            throw new UserMessageException("spreadsheet.error.corrupt");
        }
        return builder.build();
    }

    /** The first 8 KB as text, to guess the delimiter; refuses a file that is not UTF-8 there. */
    private static String sample(byte[] content, int start) {
        int length = Math.min(8192, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, length))
                    .toString();
        } catch (CharacterCodingException e) {
            if (length == content.length - start) {
                throw new UserMessageException("spreadsheet.error.notUtf8");
            }
            // the 8 KB may end inside a character: guess from what decodes
            return new String(content, start, length, StandardCharsets.UTF_8);
        }
    }

    /** Excel writes commas, Vietnamese-locale Excel often semicolons; some tools use tabs. */
    private static char guessDelimiter(String text) {
        char best = ',';
        long bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = text.chars().filter(ch -> ch == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
