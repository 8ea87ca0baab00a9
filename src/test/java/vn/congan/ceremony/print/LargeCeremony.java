package vn.congan.ceremony.print;

import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.congan.ceremony.award.AwardDecisionRepository;
import vn.congan.ceremony.award.importer.ImportResult;
import vn.congan.ceremony.award.importer.RecipientImportService;
import vn.congan.ceremony.demo.DemoDataLoader;
import vn.congan.ceremony.demo.DemoNames;

/**
 * Makes the demo ceremony large: {@code giayKhen} more individuals on the demo's Giấy khen
 * decision (A4) and {@code bangKhen} more on its Bằng khen decision (A3), through the import
 * (a CSV list, new people in the demo's units), so that a print job spans thousands of pages.
 */
public final class LargeCeremony {

    private static final String[] UNITS = {"Phòng Cảnh sát hình sự", "Phòng Cảnh sát giao thông",
        "Văn phòng Công an tỉnh", "Phòng Hậu cần", "Phòng An ninh kinh tế"};

    private LargeCeremony() {
    }

    /** Adds the recipients; returns how many were added. */
    public static int grow(RecipientImportService imports, AwardDecisionRepository decisions, int giayKhen,
            int bangKhen) {
        DemoNames names = new DemoNames(2000L);
        return add(imports, decisions, DemoDataLoader.GIAY_KHEN_NUMBER, names, giayKhen)
                + add(imports, decisions, DemoDataLoader.BANG_KHEN_NUMBER, names, bangKhen);
    }

    private static int add(RecipientImportService imports, AwardDecisionRepository decisions, String number,
            DemoNames names, int count) {
        if (count == 0) {
            return 0;
        }
        Long decision = decisions.findAll().stream().filter(d -> d.getNumber().equals(number)).findFirst()
                .orElseThrow().getId();
        StringBuilder csv = new StringBuilder("STT,Họ và tên,Cấp bậc,Chức vụ,Đơn vị\n");
        for (int i = 1; i <= count; i++) {
            csv.append(i).append(',').append(names.next()).append(',').append(i % 3 == 0 ? "Thiếu tá" : "Đại uý")
                    .append(",Cán bộ,").append(UNITS[i % UNITS.length]).append('\n');
        }
        var list = imports.parse("lon.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        ImportResult result = imports.commit(decision, list);
        return result.added();
    }

    /** The units the added people belong to (the demo's). */
    public static List<String> units() {
        return List.of(UNITS);
    }
}
