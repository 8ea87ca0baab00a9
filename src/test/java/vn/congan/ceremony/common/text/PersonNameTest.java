package vn.congan.ceremony.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void fullNameSplitsIntoFamilyMiddleAndGiven() {
        PersonName name = PersonName.parse("  Nguyễn  Thế   Hùng ");
        assertThat(name.family()).isEqualTo("Nguyễn");
        assertThat(name.middle()).isEqualTo("Thế");
        assertThat(name.given()).isEqualTo("Hùng");
        assertThat(name.full()).isEqualTo("Nguyễn Thế Hùng");
    }

    @Test
    void longAndShortNamesSplit() {
        assertThat(PersonName.parse("Tôn Nữ Thị Ngọc Hân")).isEqualTo(new PersonName("Tôn", "Nữ Thị Ngọc", "Hân"));
        assertThat(PersonName.parse("Lê Hoa")).isEqualTo(new PersonName("Lê", "", "Hoa"));
        assertThat(PersonName.parse("Hoa")).isEqualTo(new PersonName("", "", "Hoa"));
        assertThat(PersonName.parse("  ").isEmpty()).isTrue();
    }

    @Test
    void plainStringOrderGetsVietnameseWrongAndTheCollatorGetsItRight() {
        // Java compares UTF-16 code units: "Á" (U+00C1) comes after "B", "Đ" (U+0110) after "D..." and "Z".
        assertThat("Ánh".compareTo("Bình")).isPositive();
        assertThat(VietnameseCollation.compare("Ánh", "Bình")).isNegative();
        assertThat("Dũng".compareTo("Đức")).isNegative();
        assertThat("Đức".compareTo("Em")).isPositive();
        assertThat(VietnameseCollation.compare("Đức", "Em")).isNegative();
        assertThat(VietnameseCollation.compare("Dũng", "Đức")).isNegative();
        // A letter without a tone mark sorts before its toned forms; ă and â follow a.
        assertThat(VietnameseCollation.compare("Anh", "Ánh")).isNegative();
        assertThat(VietnameseCollation.compare("Ánh", "Ăn")).isNegative();
        assertThat(VietnameseCollation.compare("Ăn", "Ân")).isNegative();
        assertThat(VietnameseCollation.compare("Ơn", "Ưng")).isNegative();
    }

    @Test
    void listsSortByGivenNameThenFamilyThenMiddle() {
        List<PersonName> names = new ArrayList<>(List.of(
                PersonName.parse("Trần Văn Đức"),
                PersonName.parse("Nguyễn Thị Ánh"),
                PersonName.parse("Lê Minh Dũng"),
                PersonName.parse("Bùi Văn Đức"),
                PersonName.parse("Bùi Anh Đức"),
                PersonName.parse("Phạm Bình")));
        names.sort(PersonName.ALPHABETICAL);
        assertThat(names).extracting(PersonName::full).containsExactly(
                "Nguyễn Thị Ánh", "Phạm Bình", "Lê Minh Dũng", "Bùi Anh Đức", "Bùi Văn Đức", "Trần Văn Đức");

        List<String> plain = new ArrayList<>(names.stream().map(PersonName::given).toList());
        plain.sort(Comparator.naturalOrder());
        assertThat(plain.get(0)).isNotEqualTo("Ánh");
    }
}
