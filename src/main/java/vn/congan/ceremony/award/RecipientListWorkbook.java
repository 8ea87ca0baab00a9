package vn.congan.ceremony.award;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.common.pdf.OfficialDocument;

/**
 * The recipient list as an .xlsx in the layout offices use, which the importer reads back:
 * title rows, header, "I. TẬP THỂ" / "II. CÁ NHÂN" sections and the total line.
 */
public final class RecipientListWorkbook {

    private static final String[] HEADER = {"STT", "Họ và tên / Tên tập thể", "Cấp bậc", "Chức vụ", "Đơn vị",
        "Ghi chú"};
    private static final int[] WIDTHS = {6, 40, 14, 22, 45, 18};

    private RecipientListWorkbook() {
    }

    public static byte[] write(RecipientListDocument list) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            Styles styles = new Styles(workbook);
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 0;
            // the issuing body's header, as the PDF's: parent over body, or the body alone on the first line
            String parent = VietText.cleanToNull(VietText.upper(list.parentBody()));
            if (parent != null) {
                text(sheet, r, 0, parent, styles.centred);
                text(sheet, r + 1, 0, VietText.upper(list.issuingBody()), styles.bold);
            } else {
                text(sheet, r, 0, VietText.upper(list.issuingBody()), styles.bold);
            }
            text(sheet, r++, 3, OfficialDocument.NATIONAL_NAME, styles.bold);
            text(sheet, r++, 3, OfficialDocument.MOTTO, styles.bold);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 2));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 3, 5));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 3, 5));
            r++;
            r = mergedLine(sheet, r, list.title(), styles.bold);
            r = mergedLine(sheet, r, list.reference(), styles.italic);
            r++;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
                header.getCell(c).setCellStyle(styles.header);
            }
            List<RecipientRow> units = list.collectives();
            List<RecipientRow> people = list.individuals();
            if (!units.isEmpty()) {
                r = section(sheet, r, "I. TẬP THỂ", styles);
                r = rows(sheet, r, units, styles);
            }
            if (!people.isEmpty()) {
                r = section(sheet, r, (units.isEmpty() ? "I" : "II") + ". CÁ NHÂN", styles);
                r = rows(sheet, r, people, styles);
            }
            r++;
            text(sheet, r, 1, list.total(), styles.bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int rows(Sheet sheet, int r, List<RecipientRow> recipients, Styles styles) {
        int number = 1;
        for (RecipientRow recipient : recipients) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(number++);
            row.createCell(1).setCellValue(recipient.name());
            row.createCell(2).setCellValue(recipient.isCollective() ? "" : recipient.rank().label());
            row.createCell(3).setCellValue(nullToEmpty(recipient.position()));
            row.createCell(4).setCellValue(nullToEmpty(recipient.unitName()));
            row.createCell(5).setCellValue(nullToEmpty(recipient.note()));
            for (int c = 0; c < HEADER.length; c++) {
                row.getCell(c).setCellStyle(c == 0 ? styles.boxedCentred : styles.boxed);
            }
        }
        return r;
    }

    private static int section(Sheet sheet, int r, String text, Styles styles) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(text);
        for (int c = 0; c < HEADER.length; c++) {
            (c == 0 ? row.getCell(0) : row.createCell(c)).setCellStyle(styles.header);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADER.length - 1));
        return r + 1;
    }

    private static int mergedLine(Sheet sheet, int r, String text, CellStyle style) {
        text(sheet, r, 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADER.length - 1));
        return r + 1;
    }

    private static void text(Sheet sheet, int r, int c, String text, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        row.createCell(c).setCellValue(text);
        row.getCell(c).setCellStyle(style);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The few cell styles of the list, in Times New Roman as the department's documents. */
    private static final class Styles {
        final CellStyle centred;
        final CellStyle bold;
        final CellStyle italic;
        final CellStyle header;
        final CellStyle boxed;
        final CellStyle boxedCentred;

        Styles(XSSFWorkbook workbook) {
            centred = style(workbook, false, false, false, HorizontalAlignment.CENTER);
            bold = style(workbook, true, false, false, HorizontalAlignment.CENTER);
            italic = style(workbook, false, true, false, HorizontalAlignment.CENTER);
            header = style(workbook, true, false, true, HorizontalAlignment.CENTER);
            boxed = style(workbook, false, false, true, HorizontalAlignment.LEFT);
            boxedCentred = style(workbook, false, false, true, HorizontalAlignment.CENTER);
        }

        private static CellStyle style(XSSFWorkbook workbook, boolean bold, boolean italic, boolean border,
                HorizontalAlignment alignment) {
            Font font = workbook.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) 13);
            font.setBold(bold);
            font.setItalic(italic);
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            if (border) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
