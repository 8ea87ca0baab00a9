package vn.congan.ceremony.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic but realistic Vietnamese names, with the full range of diacritics, from a
 * seeded generator: the same seed always gives the same people.
 */
public final class DemoNames {

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Âu", "Ứng");
    private static final List<String> MIDDLE_MALE = List.of("Văn", "Hữu", "Đức", "Thành", "Minh", "Quốc", "Thế",
            "Công", "Mạnh", "Xuân", "Đình", "Quang", "Trọng", "Ngọc", "Hoài");
    private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thu", "Hồng", "Ngọc", "Thanh", "Kim",
            "Thùy", "Mỹ", "Diệu", "Phương");
    private static final List<String> GIVEN_MALE = List.of("An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải",
            "Hiếu", "Hòa", "Hùng", "Huy", "Khánh", "Long", "Minh", "Nam", "Phong", "Phúc", "Quang", "Sơn",
            "Thắng", "Trung", "Tuấn", "Tú", "Việt", "Vinh", "Ước", "Ân", "Lợi", "Thịnh", "Kỳ");
    private static final List<String> GIVEN_FEMALE = List.of("Anh", "Ánh", "Hà", "Hạnh", "Hương", "Lan", "Linh",
            "Mai", "Nga", "Ngọc", "Oanh", "Quyên", "Tâm", "Thảo", "Thủy", "Trang", "Uyên", "Yến", "Ơn", "Ưng");

    private final Random random;
    private final Set<String> used = new HashSet<>();

    public DemoNames(long seed) {
        this.random = new Random(seed);
    }

    /** A full name not given out before by this generator. */
    public String next() {
        while (true) {
            boolean female = random.nextInt(4) == 0;
            String name = pick(FAMILY) + " "
                    + pick(female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
                    + pick(female ? GIVEN_FEMALE : GIVEN_MALE);
            if (used.add(name)) {
                return name;
            }
        }
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
