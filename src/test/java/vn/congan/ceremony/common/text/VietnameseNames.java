package vn.congan.ceremony.common.text;

import java.util.List;

/**
 * Thirty-eight names in the order a Vietnamese reader expects them in an alphabetical list
 * (given name, family name, middle names; a ă â b c d đ e ê ... o ô ơ ... u ư; a letter
 * without a tone before its toned forms, tones in the order ` ? ~ ´ .). They cover every letter
 * that Java's code-point order misplaces, both tone placements of "Hòa/Hoà" and "Thủy/Thuỷ"
 * (equal, so the family name decides), and names of two, three and four words.
 */
public final class VietnameseNames {

    public static final List<String> IN_ORDER = List.of(
            "Lê An",
            "Trần Thị Anh",
            "Phạm Ngọc Ánh",
            "Đỗ Văn Ân",
            "Nguyễn Duy Bình",
            "Nguyễn Đức Bình",
            "Lý Văn Cường",
            "Trần Dũng",
            "Hồ Quang Duy",
            "Trương Văn Đạt",
            "Phan Thị Hà",
            "Bùi Thị Hạnh",
            "Lưu Thị Hằng",
            "Mai Ngọc Hân",
            "Quách Thị Hiền",
            "Tạ Thị Hiến",
            "Ông Thị Hoa",
            "Phan Thị Hòa",
            "Trần Văn Hoà",
            "Võ Minh Hoàng",
            "Dương Văn Hùng",
            "Đặng Văn Hùng",
            "Đinh Quốc Hùng",
            "Nguyễn Thế Hùng",
            "Ôn Văn Hùng",
            "Ông Văn Hùng",
            "Cao Huy",
            "Lâm Văn Hưng",
            "Nguyễn Thị Minh Khai",
            "Tôn Nữ Thanh Tâm",
            "Hà Văn Thọ",
            "Kiều Văn Thông",
            "Lê Thị Thơ",
            "Đào Thị Thuỷ",
            "Lê Thị Thủy",
            "Vũ Thanh Thúy",
            "Lại Văn Xuân",
            "Ngô Thị Yến");

    private VietnameseNames() {
    }
}
