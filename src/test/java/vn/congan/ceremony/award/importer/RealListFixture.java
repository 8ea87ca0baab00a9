package vn.congan.ceremony.award.importer;

import java.util.ArrayList;
import java.util.List;
import vn.congan.ceremony.demo.DemoNames;

/**
 * A list shaped like the real Giấy khen list of the reference conference: 38 collectives
 * and 96 individuals under "I. TẬP THỂ" / "II. CÁ NHÂN", with the untidiness offices
 * produce: NFD text, double spaces, both tone placements of ranks, numbers as text or
 * numeric cells, a unit merged down over several people.
 */
public final class RealListFixture {

    public static final String[] UNITS = {"Văn phòng Công an tỉnh", "Phòng Tổ chức cán bộ",
        "Phòng Công tác Đảng và Công tác chính trị", "Phòng Hậu cần", "Phòng An ninh chính trị nội bộ",
        "Phòng An ninh kinh tế", "Phòng Cảnh sát hình sự", "Phòng Cảnh sát kinh tế", "Phòng Cảnh sát giao thông",
        "Phòng Cảnh sát cơ động", "Công an thành phố Bình An", "Công an thị xã Phước Long", "Công an huyện An Lạc",
        "Công an huyện Ngọc Sơn", "Công an huyện Thuận Yên", "Công an huyện Đồng Tâm"};
    private static final String[] RANKS = {"Đại uý", "Thượng úy", "THIẾU TÁ", "trung  uý", "Thiếu úy", "Trung tá",
        "Đại úy", "Thượng uý"};
    private static final String[] POSITIONS = {"Cán bộ", "Phó Đội trưởng", "Đội trưởng", "Điều tra viên"};

    public final List<String> collectiveNames = new ArrayList<>();
    public final List<String> individualNames = new ArrayList<>();
    public final ListWorkbook workbook;

    public RealListFixture() {
        DemoNames names = new DemoNames(7L);
        workbook = ListWorkbook.withTitle().header();
        workbook.row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)");
        workbook.row("I", "TẬP THỂ");
        for (int i = 0; i < 38; i++) {
            String name = i < UNITS.length ? UNITS[i] : "Công an xã số " + (i + 1) + " - Công an huyện An Lạc";
            collectiveNames.add(name);
            // odd rows: number as text, NFD and a double space, as copy-paste leaves them
            Object number = i % 2 == 0 ? (Object) (i + 1) : String.valueOf(i + 1);
            String written = i % 2 == 0 ? name : ListWorkbook.nfd(name.replaceFirst(" ", "  "));
            workbook.row(number, written);
        }
        workbook.blank();
        workbook.merged("II. CÁ NHÂN");
        for (int i = 0; i < 96; i++) {
            String name = names.next();
            individualNames.add(name);
            String written = i % 3 == 0 ? ListWorkbook.nfd(name) : i % 3 == 1 ? " " + name.replace(" ", "  ") : name;
            workbook.row(i % 2 == 0 ? (Object) (i + 1) : String.valueOf(i + 1), written, RANKS[i % RANKS.length],
                    POSITIONS[i % POSITIONS.length], UNITS[i % 4 == 3 ? 6 : i % UNITS.length], null);
        }
        workbook.footer();
    }
}
