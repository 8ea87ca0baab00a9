package vn.congan.ceremony.award.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.common.WarmUp;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Rank;

/**
 * The first import after a start used to take three times the next one: POI's .xlsx classes,
 * the parser, the Vietnamese folding and collation all load and compile then. Once the portal is
 * ready, a background thread of low priority reads a small list built in memory (nothing is
 * written to the database), so the organizer's first import finds them warm. Readiness does not
 * wait for it; {@code ceremony.warm-up=false} turns it off (the tests do).
 */
@Component
class ImportWarmUp {

    private static final int ROWS = 300;

    private final boolean enabled;

    ImportWarmUp(@Value("${ceremony.warm-up:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (enabled) {
            WarmUp.inBackground("import", ImportWarmUp::run);
        }
    }

    /** Reads a small list the way an upload is read; returns its rows. */
    static int run() {
        ParsedList list = new RecipientListParser().parse("warm-up.xlsx", workbook(), List.of("Phòng Cảnh sát hình sự"));
        for (ParsedRecipient row : list.rows()) {
            if (!row.isCollective() && row.name() != null) {
                new Person(row.name(), row.rank() == null ? Rank.NONE : row.rank(), row.position(), null);
            }
        }
        return list.rows().size();
    }

    static byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            String[] header = {"STT", "Họ và tên", "Cấp bậc", "Chức vụ", "Đơn vị", "Ghi chú"};
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            sheet.createRow(1).createCell(0).setCellValue("I. TẬP THỂ");
            Row collective = sheet.createRow(2);
            collective.createCell(0).setCellValue(1);
            collective.createCell(1).setCellValue("Phòng Cảnh sát hình sự");
            sheet.createRow(3).createCell(0).setCellValue("II. CÁ NHÂN");
            String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"};
            String[] middle = {"Văn", "Thị", "Đức"};
            String[] given = {"Hùng", "Lạc", "Việt", "Phương", "Thủy", "Đức", "Ánh"};
            for (int i = 1; i <= ROWS; i++) {
                Row row = sheet.createRow(3 + i);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue(family[i % family.length] + " " + middle[i % middle.length] + " "
                        + given[i % given.length]);
                row.createCell(2).setCellValue(i % 2 == 0 ? "Đại uý" : "Thượng úy");
                row.createCell(3).setCellValue("Đội trưởng");
                row.createCell(4).setCellValue("Phòng Cảnh sát hình sự");
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
