package vn.congan.ceremony.award.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds recipient lists the way offices lay them out, as .xlsx (with merged cells and
 * numeric cells) or as .csv, for the parser, service and view tests.
 */
public final class ListWorkbook {

    public static final String[] HEADER = {"STT", "Họ và tên", "Cấp bậc", "Chức vụ", "Đơn vị", "Ghi chú"};
    public static final String TOTAL = "Tổng cộng: 38 tập thể, 96 cá nhân";

    private record Line(Object[] cells, boolean mergedAcross) {
    }

    /** A cell holding a formula saved without its result, as a program that does not calculate writes it. */
    public record Formula(String formula) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final int width;
    private final List<int[]> verticalMerges = new ArrayList<>();

    public ListWorkbook(int width) {
        this.width = width;
    }

    /** The usual top: issuing body and national motto side by side, title and decision reference merged. */
    public static ListWorkbook withTitle() {
        ListWorkbook wb = new ListWorkbook(HEADER.length);
        wb.row("CÔNG AN TỈNH BÌNH AN", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        wb.row("PHÒNG TỔ CHỨC CÁN BỘ", null, null, "Độc lập - Tự do - Hạnh phúc");
        wb.blank();
        wb.merged("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN");
        wb.merged("(Kèm theo Quyết định số 1234/QĐ-CAT-PV01 ngày 10/11/2020 của Giám đốc Công an tỉnh)");
        wb.blank();
        return wb;
    }

    public ListWorkbook row(Object... cells) {
        lines.add(new Line(cells, false));
        return this;
    }

    /** A line merged across the whole width: a title or a section row. */
    public ListWorkbook merged(String text) {
        lines.add(new Line(new Object[] {text}, true));
        return this;
    }

    public ListWorkbook blank() {
        lines.add(new Line(new Object[0], false));
        return this;
    }

    public ListWorkbook header() {
        return row((Object[]) HEADER);
    }

    /** Merges {@code column} over the last {@code rows} lines (a unit written once for several people). */
    public ListWorkbook mergeDown(int column, int rows) {
        verticalMerges.add(new int[] {lines.size() - rows, lines.size() - 1, column});
        return this;
    }

    /** The total line and the signature block that close every list. */
    public ListWorkbook footer() {
        row(null, TOTAL);
        blank();
        row(null, null, null, null, "GIÁM ĐỐC");
        blank();
        blank();
        row(null, null, null, null, "Đại tá Nguyễn Thế Hùng");
        return this;
    }

    public byte[] xlsx() {
        return write(new XSSFWorkbook());
    }

    /** The same list as a legacy .xls (BIFF8) workbook. */
    public byte[] xls() {
        return write(new org.apache.poi.hssf.usermodel.HSSFWorkbook());
    }

    private byte[] write(Workbook created) {
        try (Workbook workbook = created; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            for (int r = 0; r < lines.size(); r++) {
                Line line = lines.get(r);
                Row row = sheet.createRow(r);
                for (int c = 0; c < line.cells().length; c++) {
                    Object value = line.cells()[c];
                    if (value != null) {
                        Cell cell = row.createCell(c);
                        if (value instanceof Formula f) {
                            cell.setCellFormula(f.formula());
                        } else if (value instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
                if (line.mergedAcross()) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
                }
            }
            for (int[] merge : verticalMerges) {
                sheet.addMergedRegion(new CellRangeAddress(merge[0], merge[1], merge[2], merge[2]));
                for (int r = merge[0] + 1; r <= merge[1]; r++) {
                    Cell covered = sheet.getRow(r).getCell(merge[2]);
                    if (covered != null) {
                        sheet.getRow(r).removeCell(covered);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String csvText(char delimiter) {
        StringBuilder sb = new StringBuilder();
        for (Line line : lines) {
            List<String> cells = new ArrayList<>();
            for (Object value : line.cells()) {
                String text = value == null ? "" : value.toString();
                cells.add(text.indexOf(delimiter) >= 0 || text.contains("\"")
                        ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
            }
            sb.append(String.join(String.valueOf(delimiter), cells)).append("\r\n");
        }
        return sb.toString();
    }

    public byte[] csv(boolean bom) {
        byte[] body = csvText(',').getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    public static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
