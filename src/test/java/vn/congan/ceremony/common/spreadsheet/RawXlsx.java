package vn.congan.ceremony.common.spreadsheet;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx zip by hand, part by part, streaming the sheet (and shared texts) into the zip
 * so that a workbook unpacking to hundreds of megabytes is built without holding them: what a
 * hostile or a badly generated file looks like, which POI's writers would not produce.
 */
public final class RawXlsx {

    /** Writes XML text into a part of the zip. */
    public interface Part {
        void write(Writer out) throws IOException;
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private RawXlsx() {
    }

    /** A workbook of one sheet named "DS": {@code sheetData} writes the rows, {@code sharedStrings} (or null) the texts. */
    public static byte[] workbook(Part sheetData, Part sharedStrings) {
        return workbook(sheetData, sharedStrings, "");
    }

    public static byte[] workbook(Part sheetData, Part sharedStrings, String afterSheetData) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            text(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                    + "</Types>");
            text(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            text(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                    + "<sheets><sheet name=\"DS\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            text(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"" + REL
                            + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + "</Relationships>");
            part(zip, "xl/worksheets/sheet1.xml", out -> {
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
                sheetData.write(out);
                out.write("</sheetData>" + afterSheetData + "</worksheet>");
            });
            if (sharedStrings != null) {
                part(zip, "xl/sharedStrings.xml", out -> {
                    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">");
                    sharedStrings.write(out);
                    out.write("</sst>");
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A sheet of 1,000,000 rows of one short number each, the row and cell references left out as
     * the format allows: some 30 MB of XML in a file well under the 10 MB upload cap.
     */
    public static byte[] millionRows() {
        return workbook(out -> {
            for (int i = 0; i < 1_000_000; i++) {
                out.write("<row><c><v>");
                out.write(Integer.toString((i * 7919) % 100_003));
                out.write("</v></c></row>");
            }
        }, null);
    }

    /** 60 MB of blanks as the sheet, packed to some 60 KB: a classic zip bomb, below POI's inflate ratio. */
    public static byte[] zipBomb() {
        return workbook(out -> {
            char[] chunk = " ".repeat(64 * 1024).toCharArray();
            for (int i = 0; i < 60 * 16; i++) {
                out.write(chunk);
            }
        }, null);
    }

    private static void text(ZipOutputStream zip, String name, String content) throws IOException {
        part(zip, name, out -> out.write(content));
    }

    private static void part(ZipOutputStream zip, String name, Part content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer out = new BufferedWriter(new OutputStreamWriter(new NoClose(zip), StandardCharsets.UTF_8),
                1 << 16);
        content.write(out);
        out.flush();
        zip.closeEntry();
    }

    /** Lets a part's writer be flushed without closing the zip. */
    private static final class NoClose extends FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
