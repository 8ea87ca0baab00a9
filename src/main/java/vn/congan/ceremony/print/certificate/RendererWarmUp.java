package vn.congan.ceremony.print.certificate;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a few hundred sample certificates into nothing, so that the first real print job after
 * a start finds the fonts read, the width tables filled and the renderer compiled: a whole
 * ceremony's first download then streams as fast as the next ones. The portal runs it in the
 * background once it is ready ({@code print.PrintWarmUp}); the benchmark times it.
 */
public final class RendererWarmUp {

    private static final int SHEETS = 400;

    private RendererWarmUp() {
    }

    /**
     * Checks and draws the samples {@value #ROUNDS} times, each time with texts to fit anew;
     * returns the pages drawn (2,100; about 1 s of one core). After one round the compiler was
     * still at work on the renderer when the first real job came: it ran at 9.5 times
     * LibreOffice's speed, against 14 for the next jobs; after five, at 11 to 12 times.
     */
    public static int run() {
        List<CertificateSheet> sheets = sheets();
        int pages = 0;
        for (int round = 0; round < ROUNDS; round++) {
            CertificateRenderer.FitCache cache = new CertificateRenderer.FitCache();
            CertificateRenderer.check(sheets, cache);
            pages += CertificateRenderer.render(sheets, PrinterOffset.NONE, "Khởi động",
                    OutputStream.nullOutputStream(), cache).pages();
        }
        return pages;
    }

    private static final int ROUNDS = 5;

    private static List<CertificateSheet> sheets() {
        List<CertificateLayout> layouts = List.of(DefaultLayouts.of("GK", 297, 210, CertificateMode.FULL),
                DefaultLayouts.of("BK", 420, 297, CertificateMode.FULL),
                DefaultLayouts.of("GK phôi", 297, 210, CertificateMode.BLANK_STOCK),
                DefaultLayouts.of("BK phôi", 420, 297, CertificateMode.BLANK_STOCK));
        String[] units = {"Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
            "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Công an xã Đông Ứng - Công an huyện Đồng Tâm",
            "Phòng Cảnh sát hình sự", "Đội Cảnh sát điều tra tội phạm về trật tự xã hội"};
        String[] names = {"Nguyễn Thị Phương Thảo", "Trần Đức Việt", "Lê Quang Hưng", "Phạm Thị Ánh Nguyệt",
            "Hoàng Văn Lạc", "Vũ Thùy Dương", "Đặng Quốc Khánh"};
        List<CertificateSheet> sheets = new ArrayList<>(SHEETS + 20);
        for (int i = 0; i < SHEETS; i++) {
            boolean person = i % 3 != 0;
            String unit = units[i % units.length];
            String recipient = person ? (i % 2 == 0 ? "Đại uý " : "Thiếu tá ") + names[i % names.length] : unit + " " + i;
            CertificateData data = new CertificateData("GIÁM ĐỐC CÔNG AN TỈNH BÌNH AN", "GIẤY KHEN", recipient,
                    person ? "Đội trưởng, " + unit : "",
                    "Đã có thành tích xuất sắc trong Phong trào thi đua \"Vì an ninh Tổ quốc\" năm 2020",
                    "1234/QĐ-CAT-PV01", LocalDate.of(2020, 11, 10),
                    String.format(Locale.ROOT, "1234/QĐ-CAT-PV01-%03d", i + 1), "Bình An", List.of("GIÁM ĐỐC"),
                    "Đại tá Nguyễn Thế Hùng");
            sheets.add(new CertificateSheet.Certificate(recipient, layouts.get(i % layouts.size()), data));
            if (i % 20 == 0) {
                sheets.add(new CertificateSheet.Separator(297, 210, List.of("ĐỢT " + (i / 20 + 1),
                        "Giấy khen của Giám đốc Công an tỉnh", "Người trao: Đại tá Nguyễn Thế Hùng", "Số lượng: 20")));
            }
        }
        return sheets;
    }
}
