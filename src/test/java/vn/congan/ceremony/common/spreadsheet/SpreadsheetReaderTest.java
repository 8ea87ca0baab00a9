package vn.congan.ceremony.common.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What the streaming readers of .xlsx and .xls give for each kind of cell: the same text as the user sees. */
class SpreadsheetReaderTest {

    @Test
    void xlsxAndXlsReadNumbersDatesBooleansFormulasAndMergedCellsAlike() throws IOException {
        for (Supplier<Workbook> format : List.<Supplier<Workbook>>of(XSSFWorkbook::new, HSSFWorkbook::new)) {
            byte[] file = workbook(format.get());
            String name = format.get() instanceof HSSFWorkbook ? "ds.xls" : "ds.xlsx";

            List<Sheet> sheets = SpreadsheetReader.read(name, file);

            assertThat(sheets).extracting(Sheet::name).as(name).containsExactly("Danh sách", "Trang 2");
            List<SheetRow> rows = sheets.get(0).rows();
            assertThat(rows).extracting(SheetRow::rowNumber).as(name).containsExactly(1, 2, 4, 5);
            assertThat(rows.get(0).cells()).as(name).containsExactly("DANH SÁCH", "DANH SÁCH", "DANH SÁCH");
            assertThat(rows.get(1).cells()).as(name)
                    .containsExactly("1", "2.5", "10/11/2020", "true", "Lê Văn An", "3", "1234567");
            assertThat(rows.get(2).cells()).as(name).containsExactly("Phòng Hậu cần");
            assertThat(rows.get(3).cells()).as(name).containsExactly("Phòng Hậu cần", "", "", "", "", "", "", "Z");
            assertThat(sheets.get(1).rows()).singleElement().extracting(SheetRow::cells).as(name)
                    .isEqualTo(List.of("", "x"));
        }
    }

    private static byte[] workbook(Workbook workbook) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Danh sách");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("  DANH   SÁCH ");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            Row values = sheet.createRow(1);
            values.createCell(0).setCellValue(1.0);
            values.createCell(1).setCellValue(2.5);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            values.createCell(2).setCellValue(LocalDate.of(2020, 11, 10));
            values.getCell(2).setCellStyle(date);
            values.createCell(3).setCellValue(true);
            values.createCell(4).setCellFormula("CONCATENATE(\"Lê Văn\",\" An\")");
            values.createCell(5).setCellFormula("1+2");
            values.createCell(6).setCellValue(1234567.0);
            sheet.createRow(2); // an empty row: left out
            sheet.createRow(3).createCell(0).setCellValue("Phòng Hậu cần");
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0)); // down over a row that does not exist
            sheet.createRow(4).createCell(7).setCellValue("Z");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.createSheet("Trang 2").createRow(0).createCell(1).setCellValue("x");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
